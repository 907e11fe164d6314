package se.scb.dispatch.population;

import java.util.List;
import se.scb.dispatch.id.IdentityNumbers;

/**
 * Text from a source (a column name, a JSON key) as our messages may quote it: identity numbers
 * masked, control and bidirectional-override characters escaped so that a terminal never runs them,
 * and cut to a length a message can carry. A hostile file must not be able to make a message leak,
 * redraw the screen or grow to megabytes.
 */
public final class ShownText {

    /** The most characters of one quoted name. */
    static final int MAX_NAME = 60;
    /** The most names one message lists. */
    static final int MAX_NAMES = 10;

    private ShownText() {
    }

    /** {@code "name"}, masked, escaped and cut. */
    static String quoted(String name) {
        return "\"" + escaped(cut(IdentityNumbers.mask(name))) + "\"";
    }

    /** Up to {@link #MAX_NAMES} names, each as {@link #quoted}, then how many more there are. */
    static String listed(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), MAX_NAMES); i++) {
            text.append(i == 0 ? "" : ", ").append(quoted(names.get(i)));
        }
        if (names.size() > MAX_NAMES) {
            text.append(" … and ").append(names.size() - MAX_NAMES).append(" more");
        }
        return text.toString();
    }

    /**
     * The text with every character that {@link #needsEscape} replaced by its {@code \}{@code uXXXX} form.
     * Public for programs that print text from elsewhere to a terminal.
     */
    public static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(escape(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A character a terminal would act on instead of showing: a C0 or C1 control other than line
     * break and tab, or one that reverses or isolates the direction of the text around it (used to
     * disguise what a line says).
     */
    public static boolean needsEscape(char c) {
        boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
        boolean bidiOverride = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
        return control || bidiOverride;
    }

    /** The {@code \}{@code uXXXX} form of a character. */
    public static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    private static String cut(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }
}
