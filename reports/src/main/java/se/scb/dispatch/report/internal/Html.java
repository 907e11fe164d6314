package se.scb.dispatch.report.internal;

import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.template.HtmlText;

/**
 * Markup built as text. Every piece of text goes through {@link #text}, which masks identity numbers and escapes
 * HTML, so nothing from a journal (a subject, an operator's name, an arm's name) can become markup or show a person.
 * The escaping is the letters' own ({@link HtmlText#escape}).
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
        return HtmlText.escape(IdentityNumbers.mask(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
