package se.scb.dispatch.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.scb.dispatch.model.PostalAddress;

/** Whether a letter bound for paper can be addressed: a print house needs all four lines. */
public final class AddressCheck {

    /** A Swedish postal code: five digits, written {@code 12345} or {@code 123 45}. */
    private static final Pattern SWEDISH_POSTAL_CODE = Pattern.compile("\\d{3} ?\\d{2}");

    private AddressCheck() {
    }

    /** The problem with an address, as a sentence, or empty when it can be printed. */
    public static Optional<String> problem(PostalAddress address) {
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
