package se.scb.dispatch.check.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.ReasonCode;

/**
 * Whether a letter bound for paper can be addressed: a print house needs all four lines, each short
 * enough for the envelope window, in the letters the post reads.
 */
public final class AddressCheck {

    /** A Swedish postal code: five digits, written {@code 12345} or {@code 123 45}. */
    private static final Pattern SWEDISH_POSTAL_CODE = Pattern.compile("\\d{3} ?\\d{2}");

    /**
     * The most characters of one address line. The window of a C5 envelope is 90 mm wide, 80 mm of
     * it usable, which holds about 55 average characters of the smallest type a print batch uses (8 pt);
     * a longer line wraps, and a wrapped address overflows the window or is misread by sorting machines.
     */
    public static final int MAX_LINE_LENGTH = 50;

    /** Why an address cannot be printed and the sentence that says so. */
    public record Problem(ReasonCode reason, String message) {
    }

    private AddressCheck() {
    }

    /** The problem with an address, as a sentence, or empty when it can be printed. */
    public static Optional<String> problem(PostalAddress address) {
        return check(address).map(Problem::message);
    }

    /** The problem with an address, or empty when it can be printed. */
    public static Optional<Problem> check(PostalAddress address) {
        Optional<String> incomplete = incompleteness(address);
        if (incomplete.isPresent()) {
            return Optional.of(new Problem(ReasonCode.ADDRESS_INCOMPLETE, incomplete.get()));
        }
        return unprintability(address).map(message -> new Problem(ReasonCode.ADDRESS_UNPRINTABLE, message));
    }

    private static Optional<String> unprintability(PostalAddress address) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("name", address.name());
        lines.put("care-of line", address.careOf().isEmpty() ? "" : "c/o " + address.careOf());
        lines.put("street", address.street());
        lines.put("postal code and city", address.postalCode() + "  " + address.city());
        lines.put("country", address.country());
        for (Map.Entry<String, String> line : lines.entrySet()) {
            int length = line.getValue().codePointCount(0, line.getValue().length());
            if (length > MAX_LINE_LENGTH) {
                return Optional.of("Bound for paper, but the " + line.getKey() + " is " + length + " characters; an address line"
                        + " fits the envelope window with at most " + MAX_LINE_LENGTH + ".");
            }
            if (!inLatinLetters(line.getValue())) {
                return Optional.of("Bound for paper, but the " + line.getKey() + " is not written in Latin letters, which the post"
                        + " requires of an address (and the letter's font prints); give the address in Latin letters.");
            }
        }
        return Optional.empty();
    }

    /** Latin letters, digits, punctuation and the marks that combine with them; no other script and no emoji. */
    private static boolean inLatinLetters(String text) {
        return text.codePoints().allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean symbol = Character.getType(c) == Character.OTHER_SYMBOL;
            return !symbol && (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED);
        });
    }

    private static Optional<String> incompleteness(PostalAddress address) {
        List<String> missing = new ArrayList<>();
        if (address.name().isEmpty()) {
            missing.add("name");
        }
        if (address.street().isEmpty()) {
            missing.add("street");
        }
        if (address.postalCode().isEmpty()) {
            missing.add("postal code");
        }
        if (address.city().isEmpty()) {
            missing.add("city");
        }
        if (!missing.isEmpty()) {
            return Optional.of("Bound for paper, but the address has no " + joinWithAnd(missing) + ".");
        }
        if (address.isSwedish() && !SWEDISH_POSTAL_CODE.matcher(address.postalCode()).matches()) {
            return Optional.of("Bound for paper, but the postal code is not five digits (12345 or 123 45).");
        }
        return Optional.empty();
    }

    private static String joinWithAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
