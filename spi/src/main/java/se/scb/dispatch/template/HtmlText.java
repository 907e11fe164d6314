package se.scb.dispatch.template;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Between text and HTML: escapes text for HTML ({@link #escape}), and turns an HTML body into plain text, e.g. to
 * print an HTML-only letter on paper ({@link #toPlainText}).
 *
 * <p>Deliberately small: tags are dropped; {@code <br>} becomes a line break; paragraphs, headings,
 * lists, tables and divisions become blank-line separated blocks; list items start with
 * {@code "- "}; the content of {@code <script>}, {@code <style>} and comments is dropped; runs of
 * whitespace become one space, as a browser shows them ({@code <pre>} is not special); and the
 * common entities ({@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;},
 * {@code &nbsp;}, Swedish letters and numeric ones) are decoded. Unknown entities stay as written.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
            "section", "article", "header", "footer", "address", "hr", "pre");
    private static final Set<String> LINES = Set.of("li", "tr");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> HIDDEN = Set.of("script", "style", "head", "title");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("aring", "å"), Map.entry("auml", "ä"), Map.entry("ouml", "ö"),
            Map.entry("Aring", "Å"), Map.entry("Auml", "Ä"), Map.entry("Ouml", "Ö"),
            Map.entry("eacute", "é"), Map.entry("Eacute", "É"), Map.entry("uuml", "ü"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"));
    private static final int LONGEST_ENTITY = 10;

    private HtmlText() {
    }

    /** The text escaped for HTML text and attribute values ({@code & < > " '}), so that it can never become markup. */
    public static String escape(String text) {
        return HtmlEscape.escape(text);
    }

    /** The text a reader sees in {@code html}, with line breaks where the layout has them. */
    public static String toPlainText(String html) {
        Writer out = new Writer();
        int at = 0;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '<' && html.startsWith("<!--", at)) {
                at = after(html, "-->", at);
            } else if (c == '<' && isTagStart(html, at)) {
                at = tag(html, at, out);
            } else if (c == '&') {
                at = entity(html, at, out);
            } else {
                out.text(c);
                at++;
            }
        }
        return out.result();
    }

    private static boolean isTagStart(String html, int at) {
        if (at + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(at + 1);
        return Character.isLetter(next) || next == '/' || next == '!';
    }

    /** Handles the tag at {@code at} and returns where the text after it starts. */
    private static int tag(String html, int at, Writer out) {
        int end = html.indexOf('>', at);
        if (end < 0) {
            return html.length();
        }
        String name = tagName(html.substring(at + 1, end));
        boolean closing = html.charAt(at + 1) == '/';
        if (HIDDEN.contains(name) && !closing) {
            int closingTag = indexOfIgnoreCase(html, "</" + name, end);
            return closingTag < 0 ? html.length() : after(html, ">", closingTag);
        }
        if (name.equals("br")) {
            out.lineBreak();
        } else if (BLOCKS.contains(name)) {
            out.blockBreak();
        } else if (LINES.contains(name)) {
            out.lineEnd();
            if (name.equals("li") && !closing) {
                out.raw("- ");
            }
        } else if (CELLS.contains(name)) {
            out.text(' ');
        }
        return end + 1;
    }

    private static String tagName(String inside) {
        String trimmed = inside.startsWith("/") ? inside.substring(1) : inside;
        int end = 0;
        while (end < trimmed.length() && Character.isLetterOrDigit(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** Decodes the entity at {@code at}, or keeps the ampersand when there is none. */
    private static int entity(String html, int at, Writer out) {
        int semicolon = html.indexOf(';', at);
        if (semicolon > at + 1 && semicolon - at <= LONGEST_ENTITY) {
            String decoded = decode(html.substring(at + 1, semicolon));
            if (decoded != null) {
                decoded.chars().forEach(ch -> out.text((char) ch));
                return semicolon + 1;
            }
        }
        out.text('&');
        return at + 1;
    }

    private static String decode(String entity) {
        if (entity.startsWith("#")) {
            try {
                boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
                int codePoint = hex ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(entity);
    }

    private static int indexOfIgnoreCase(String html, String marker, int from) {
        for (int i = from; i <= html.length() - marker.length(); i++) {
            if (html.regionMatches(true, i, marker, 0, marker.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int after(String html, String marker, int from) {
        int found = html.indexOf(marker, from);
        return found < 0 ? html.length() : found + marker.length();
    }

    /** Collects the text, collapsing whitespace and keeping at most one blank line between blocks. */
    private static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean pendingSpace;

        void text(char c) {
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                return;
            }
            raw(String.valueOf(c));
        }

        void raw(String s) {
            if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            pendingSpace = false;
            text.append(s);
        }

        void lineBreak() {
            pendingSpace = false;
            text.append('\n');
        }

        void lineEnd() {
            endWith(1);
        }

        void blockBreak() {
            endWith(2);
        }

        /** Makes the text end with at least {@code newlines} line breaks, unless nothing is written yet. */
        private void endWith(int newlines) {
            pendingSpace = false;
            if (text.length() == 0) {
                return;
            }
            int trailing = 0;
            while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
                trailing++;
            }
            text.append("\n".repeat(Math.max(0, newlines - trailing)));
        }

        String result() {
            return text.toString().strip();
        }
    }
}
