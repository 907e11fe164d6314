package se.scb.dispatch.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One field of a template (subject, a body, the support text), parsed once into literal text and
 * placeholders so that rendering a row is a walk over the parts.
 *
 * <p>Syntax: {@code {{name}}} or {@code {{name|default}}}. A name is one or more Unicode letters,
 * digits and underscores ({@code {{förnamn}}}). Whitespace next to the braces and the bar is
 * ignored ({@code {{ name | Hej }}} is {@code name} with default {@code Hej}). The default is any
 * text up to the closing braces, and may be empty: {@code {{title|}}} marks a variable that may be
 * left out. Every pair of opening braces starts a placeholder (there is no escape); a single brace,
 * or closing braces outside a placeholder, are literal text.
 */
final class TextTemplate {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final int SNIPPET_LENGTH = 30;

    /** A placeholder's value is guessed at this many characters when sizing the result. */
    private static final int EXPECTED_VALUE_LENGTH = 16;

    private final List<Part> parts;
    /** The literal text plus a guess per placeholder, so that rendering rarely regrows its buffer. */
    private final int expectedLength;

    private TextTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
        this.expectedLength = parts.stream()
                .mapToInt(part -> part instanceof Literal literal ? literal.text().length() : EXPECTED_VALUE_LENGTH)
                .sum();
    }

    /**
     * @param field the field's name for messages, e.g. {@code "subject"}
     * @throws TemplateException naming the field, the line and column, when a placeholder is malformed
     */
    static TextTemplate parse(String field, String source) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        while (from < source.length()) {
            int open = source.indexOf(OPEN, from);
            if (open < 0) {
                parts.add(new Literal(source.substring(from)));
                break;
            }
            if (open > from) {
                parts.add(new Literal(source.substring(from, open)));
            }
            int close = source.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                throw malformed(field, source, open, "has no closing }}");
            }
            parts.add(placeholder(field, source, open, close));
            from = close + CLOSE.length();
        }
        return new TextTemplate(parts);
    }

    /** Adds the variables named here to {@code names}, in order of first use (give it an ordered set). */
    void collectVariables(Set<String> names) {
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                names.add(placeholder.name());
            }
        }
    }

    /**
     * Fills in the placeholders. A value that is missing or blank takes the placeholder's default;
     * without a default its name is added to {@code missing} (an ordered set) and the result is incomplete.
     *
     * @param escape applied to values from the row, not to literal text or defaults, which are the template's own
     */
    String render(Map<String, String> values, UnaryOperator<String> escape, Set<String> missing) {
        StringBuilder rendered = new StringBuilder(expectedLength);
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                rendered.append(literal.text());
            } else {
                Placeholder placeholder = (Placeholder) part;
                String value = values.get(placeholder.name());
                if (value != null && !value.isBlank()) {
                    rendered.append(escape.apply(value));
                } else if (placeholder.defaultText().isPresent()) {
                    rendered.append(placeholder.defaultText().get());
                } else {
                    missing.add(placeholder.name());
                }
            }
        }
        return rendered.toString();
    }

    private static Placeholder placeholder(String field, String source, int open, int close) {
        String inside = source.substring(open + OPEN.length(), close);
        if (inside.contains(OPEN)) {
            throw malformed(field, source, open, "has no closing }} before the next {{");
        }
        int bar = inside.indexOf('|');
        String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
        Optional<String> defaultText = bar < 0 ? Optional.empty() : Optional.of(inside.substring(bar + 1).strip());
        if (name.isEmpty()) {
            throw malformed(field, source, open, "has no variable name");
        }
        if (!isName(name)) {
            throw malformed(field, source, open,
                    "has a variable name with characters other than letters, digits and _");
        }
        return new Placeholder(name, defaultText);
    }

    private static boolean isName(String name) {
        return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private static TemplateException malformed(String field, String source, int at, String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = at - lineStart + 1;
        return new TemplateException("The placeholder " + snippet(source, at) + " in the " + field
                + " at line " + line + ", column " + column + " " + problem
                + ". A placeholder looks like {{name}} or {{name|default}}.");
    }

    /** The placeholder as written, up to its closing braces or a few characters, on one line. */
    private static String snippet(String source, int at) {
        int close = source.indexOf(CLOSE, at + OPEN.length());
        int end = close >= 0 && close + CLOSE.length() - at <= SNIPPET_LENGTH
                ? close + CLOSE.length()
                : Math.min(source.length(), at + SNIPPET_LENGTH);
        int newline = source.indexOf('\n', at);
        if (newline >= 0 && newline < end) {
            end = newline;
        }
        String text = source.substring(at, end);
        return "'" + (end < source.length() && !text.endsWith(CLOSE) ? text + "..." : text) + "'";
    }

    private sealed interface Part permits Literal, Placeholder {
    }

    private record Literal(String text) implements Part {
    }

    private record Placeholder(String name, Optional<String> defaultText) implements Part {
    }
}
