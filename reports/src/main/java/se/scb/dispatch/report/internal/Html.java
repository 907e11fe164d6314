package se.scb.dispatch.report.internal;

import se.scb.dispatch.id.IdentityNumbers;

/**
 * Markup built as text. Every piece of text goes through {@link #text}, which masks identity numbers and escapes
 * HTML, so nothing from a journal (a subject, an operator's name, an arm's name) can become markup or show a person.
 * The same escaping as the template package's (which is not public): {@code & < > " '}.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Appends markup as written: only for constant markup of this package. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, masked and escaped. */
    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    static String escape(String value) {
        String masked = IdentityNumbers.mask(value);
        StringBuilder escaped = new StringBuilder(masked.length() + 16);
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
