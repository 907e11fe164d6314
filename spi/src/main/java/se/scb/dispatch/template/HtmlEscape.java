package se.scb.dispatch.template;

/** Escapes a value for HTML text and attribute values, so a row's data can never become markup. */
final class HtmlEscape {

    private HtmlEscape() {
    }

    static String escape(String value) {
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                if (escaped != null) {
                    escaped.append(c);
                }
                continue;
            }
            if (escaped == null) {
                // Most values need no escaping; copy only once a character does.
                escaped = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            escaped.append(replacement);
        }
        return escaped == null ? value : escaped.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
