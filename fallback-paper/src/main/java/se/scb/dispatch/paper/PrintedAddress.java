package se.scb.dispatch.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.scb.dispatch.model.PostalAddress;

/**
 * How an address is written on the envelope, following PostNord's advice: name, care-of, street,
 * then the postal code written {@code 123 45} with two spaces before the city; for an address
 * abroad the postal code and city as given and the country last, in capitals (as the UPU asks).
 * Empty fields leave no empty line.
 */
final class PrintedAddress {

    private static final String CARE_OF = "c/o ";

    private PrintedAddress() {
    }

    /** The lines for the address window, top to bottom. */
    static List<String> lines(PostalAddress address) {
        List<String> lines = new ArrayList<>(5);
        addIfPresent(lines, address.name());
        address.careOfLine().ifPresent(careOf -> lines.add(careOf(careOf)));
        addIfPresent(lines, address.street());
        boolean swedish = address.isSwedish();
        addIfPresent(lines, (postalCode(address) + (swedish ? "  " : " ") + address.city()).strip());
        if (!swedish) {
            lines.add(address.country().toUpperCase(Locale.ROOT));
        }
        return lines;
    }

    /** A Swedish postal code as {@code 123 45}; any other as given. */
    static String postalCode(PostalAddress address) {
        String digits = digits(address.postalCode());
        if (address.isSwedish() && digits.length() == 5) {
            return digits.substring(0, 3) + " " + digits.substring(3);
        }
        return address.postalCode();
    }

    /** The digits of a postal code, so that {@code 123 45} and {@code 12345} sort as one. */
    static String digits(String postalCode) {
        StringBuilder digits = new StringBuilder(postalCode.length());
        postalCode.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    /** Sources write care-of with or without its {@code c/o}; the envelope always has it once. */
    private static String careOf(String careOf) {
        return careOf.toLowerCase(Locale.ROOT).startsWith(CARE_OF.strip()) ? careOf : CARE_OF + careOf;
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }
}
