package se.scb.dispatch.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import se.scb.dispatch.id.RecipientId.Kind;

/**
 * The rules every canonical 12-digit number must meet, whatever today's date is. The records'
 * constructors call {@link #requireValid}; the parser adds the rules that need a clock.
 *
 * <p>Messages name the rule that failed and never any digit of the number.
 */
final class CanonicalForm {

    static final int COORDINATION_DAY_OFFSET = 60;
    static final String ORGANISATION_PREFIX = "16";
    private static final String UNASSIGNED_BIRTH_NUMBER = "000";

    /** People with a personal identity number were born in the 1800s at the earliest. */
    private static final int EARLIEST_BIRTH_YEAR = 1800;

    /**
     * Group numbers (the first digit of the 10-digit form) that Skatteverket assigns; 0 and 4 are
     * not in use, so a number starting with them is a typo rather than an organisation.
     */
    private static final String ORGANISATION_GROUPS = "12356789";

    private CanonicalForm() {
    }

    static void requireValid(String canonical, Kind kind) {
        requireTwelveDigits(canonical, kind);
        if (kind == Kind.ORGANISATION_NUMBER) {
            requireOrganisationRules(canonical);
        } else {
            birthDate(canonical, kind);
            requireAssignedBirthNumber(canonical, kind);
        }
        if (!Luhn.isValid(canonical.substring(2))) {
            throw invalid(kind, "the check digit (the last digit) does not match the digits before it;"
                    + " look for a mistyped or swapped digit");
        }
    }

    /** The birth date of a person or coordination number, checked to be a real calendar date. */
    static LocalDate birthDate(String canonical, Kind kind) {
        int year = number(canonical, 0, 4);
        int month = number(canonical, 4, 6);
        int dayField = number(canonical, 6, 8);
        if (year < EARLIEST_BIRTH_YEAR) {
            throw invalid(kind, "the birth year is before " + EARLIEST_BIRTH_YEAR);
        }
        if (month < 1 || month > 12) {
            throw invalid(kind, "the month (third and fourth digits of the 10-digit form) is not 01 to 12");
        }
        int day = dayField;
        if (kind == Kind.COORDINATION_NUMBER) {
            if (dayField <= COORDINATION_DAY_OFFSET) {
                throw invalid(kind, "the day of a coordination number is the birth day plus 60, so 61 to 91");
            }
            day -= COORDINATION_DAY_OFFSET;
        } else if (dayField > COORDINATION_DAY_OFFSET) {
            throw invalid(kind, "a day of 61 or more marks a coordination number (samordningsnummer)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalid(kind, kind == Kind.COORDINATION_NUMBER
                    ? "the birth day (the day digits minus 60) does not exist in that month and year"
                    : "the day does not exist in that month and year");
        }
    }

    /**
     * The birth number (födelsenummer, the three digits after the date) runs from 001 to 999:
     * Skatteverket never assigns 000, so a number with it was made up or mistyped even when its
     * check digit happens to match.
     */
    private static void requireAssignedBirthNumber(String canonical, Kind kind) {
        if (canonical.startsWith(UNASSIGNED_BIRTH_NUMBER, 8)) {
            throw invalid(kind, "the birth number (the three digits after the date) is 000, which is never assigned");
        }
    }

    /** The decimal value of {@code digits[from, to)}; the caller has checked they are digits. */
    static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }

    static InvalidRecipientIdException invalid(Kind kind, String reason) {
        return new InvalidRecipientIdException("Not a valid " + kind.description() + ": " + reason + ".");
    }

    private static void requireTwelveDigits(String canonical, Kind kind) {
        if (canonical == null) {
            throw invalid(kind, "the number is missing");
        }
        if (canonical.length() != 12 || !allDigits(canonical)) {
            throw invalid(kind, "the canonical form is exactly twelve digits without separator;"
                    + " use parse(...) for other written forms");
        }
    }

    // A loop rather than chars().allMatch(...): every id of a million-row file passes here, twice when read from a file.
    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireOrganisationRules(String canonical) {
        Kind kind = Kind.ORGANISATION_NUMBER;
        if (!canonical.startsWith(ORGANISATION_PREFIX)) {
            throw invalid(kind, "the 12-digit form of an organisation number starts with 16");
        }
        if (number(canonical, 4, 6) < 20) {
            throw invalid(kind, "the third and fourth digits of the 10-digit form must be 20 or more"
                    + " (lower values are the month of a person's birth date)");
        }
        if (ORGANISATION_GROUPS.indexOf(canonical.charAt(2)) < 0) {
            throw invalid(kind, "the first digit of the 10-digit form (the group) is never 0 or 4");
        }
    }
}
