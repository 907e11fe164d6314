package se.scb.dispatch.adapter.kivra;

import java.util.regex.Pattern;

/** Masks anything in a text that could be an identity number, for text that comes from Kivra and goes to logs. */
final class IdentityNumbers {

    // Ten or twelve digits, with or without - or + before the last four, not part of a longer number.
    private static final Pattern UNMASKED = Pattern.compile("(?<!\\d)(\\d{6}|\\d{8})[-+]?\\d{4}(?!\\d)");

    private IdentityNumbers() {
    }

    /** The text with the last four digits of every such number replaced, e.g. {@code 19121212-****}. */
    static String mask(String text) {
        return UNMASKED.matcher(text).replaceAll("$1-****");
    }
}
