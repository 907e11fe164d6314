package se.scb.dispatch.id;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks whatever looks like an identity number in text that comes from elsewhere: an operator's
 * fault string, a parser's message, a driver's exception, a cell that failed to parse. Our own
 * sentences use {@link RecipientId#masked()} instead.
 */
public final class IdentityNumbers {

    // 10 or 12 digits written the ways RecipientId.parse reads them: an optional century, the date's
    // three digit pairs with an optional space between them, an optional - or + (spaces around it
    // allowed) and the last four. Never part of a longer run of digits.
    private static final String SPACE = "[ \\u00a0]?";
    private static final Pattern LOOKS_LIKE_ONE = Pattern.compile("(?<!\\d)(?:\\d{2}" + SPACE + ")?\\d{2}" + SPACE
            + "\\d{2}" + SPACE + "\\d{2}" + SPACE + "[-+]?" + SPACE + "\\d{4}(?!\\d)");

    private static final int MAX_MONTH = 12;
    private static final int MAX_DAY = 31;
    private static final int COORDINATION_DAY_OFFSET = CanonicalForm.COORDINATION_DAY_OFFSET;

    private IdentityNumbers() {
    }

    /**
     * The text with the last four digits of every identity-number-like sequence replaced, e.g.
     * {@code 19121212-****}, and everything else kept.
     *
     * <p>A sequence whose date part could be a person's birth date (month 01-12, day 01-31 or 61-91)
     * is masked wherever it sits, even glued to letters ({@code id19121212-1212}), because a
     * person's number is what must never leak. Any other sequence, organisation numbers included,
     * is masked when it stands alone, so the digits inside a call or transaction id stay readable.
     */
    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = LOOKS_LIKE_ONE.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group();
            boolean hide = couldBeAPerson(digitsOf(found)) || standsAlone(text, matcher.start(), matcher.end());
            matcher.appendReplacement(masked, Matcher.quoteReplacement(hide ? lastFourHidden(found) : found));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }

    /**
     * Whether {@link #mask} would hide something in the text: it holds an identity-number-like
     * sequence that could be a person's or stands alone. For deciding that a column, a key or a name
     * is personal data, so its values are never shown.
     */
    public static boolean containsOne(String text) {
        return text != null && !mask(text).equals(text);
    }

    /**
     * Whether the text shows a number that could be a person's (a personal identity or coordination
     * number) with its last four digits. Organisation numbers, which are public, do not count: for
     * checking that output which may show them leaks no person's number.
     */
    public static boolean showsAPersonsNumber(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = LOOKS_LIKE_ONE.matcher(text);
        while (matcher.find()) {
            if (couldBeAPerson(digitsOf(matcher.group()))) {
                return true;
            }
        }
        return false;
    }

    private static String lastFourHidden(String found) {
        String kept = found.substring(0, found.length() - 4);
        char last = kept.charAt(kept.length() - 1);
        boolean separated = last == '-' || last == '+' || !Character.isDigit(last);
        return kept + (separated ? "" : "-") + "****";
    }

    /** Month and day of the 10-digit form are those of a birth date or a coordination number's day. */
    private static boolean couldBeAPerson(String digits) {
        String tenDigits = digits.substring(digits.length() - 10);
        int month = CanonicalForm.number(tenDigits, 2, 4);
        int day = CanonicalForm.number(tenDigits, 4, 6);
        boolean birthDay = (day >= 1 && day <= MAX_DAY)
                || (day > COORDINATION_DAY_OFFSET && day <= COORDINATION_DAY_OFFSET + MAX_DAY);
        return month >= 1 && month <= MAX_MONTH && birthDay;
    }

    private static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static String digitsOf(String found) {
        StringBuilder digits = new StringBuilder(12);
        found.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
