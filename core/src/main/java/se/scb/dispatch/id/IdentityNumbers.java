package se.scb.dispatch.id;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks whatever looks like an identity number in text that comes from elsewhere: an operator's
 * fault string, a parser's message, a driver's exception. Our own sentences use {@link RecipientId#masked()} instead.
 */
public final class IdentityNumbers {

    // 10 or 12 digits, with or without - or + before the last four, standing alone: no letter or digit on
    // either side, so that the digits inside a call id or a transaction id stay as they are.
    private static final Pattern LOOKS_LIKE_ONE = Pattern.compile("(?<![0-9A-Za-z])(\\d{6}|\\d{8})([-+]?)\\d{4}(?![0-9A-Za-z])");

    private IdentityNumbers() {
    }

    /** The text with the last four digits of every such number replaced, e.g. {@code 19121212-****}. */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = LOOKS_LIKE_ONE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String separator = matcher.group(2).isEmpty() ? "-" : matcher.group(2);
            matcher.appendReplacement(masked, Matcher.quoteReplacement(matcher.group(1) + separator + "****"));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
