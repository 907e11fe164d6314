package se.scb.dispatch.id;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import se.scb.dispatch.id.RecipientId.Kind;

/**
 * Turns a written identity number into a {@link RecipientId}: reads the written form, tells the
 * kinds apart, infers the century of a 10-digit number and applies the rules that need today's
 * date. The rules that hold on any day live in {@link CanonicalForm}.
 *
 * <p>Choices where custom leaves room:
 * <ul>
 *   <li>A 10-digit person gets the most recent century in which the birth date is not after
 *       today; {@code +} moves it 100 years further back. A 10-digit number is therefore never
 *       a future date.</li>
 *   <li>A 12-digit number may carry {@code -} whatever the age (that is how it is written), but
 *       {@code +} only when the person is 100 or older on today's date; otherwise the text
 *       contradicts itself and is rejected rather than silently trusted.</li>
 *   <li>A 12-digit personal or coordination number whose birth date is after today is rejected:
 *       nobody can have been given one yet, so it is a typo.</li>
 *   <li>{@code +} is never valid in an organisation number.</li>
 * </ul>
 */
final class RecipientIdParser {

    private static final int CENTURY = 100;

    private RecipientIdParser() {
    }

    static RecipientId parse(String text, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        WrittenNumber written = WrittenNumber.read(text);
        LocalDate today = LocalDate.ofInstant(clock.instant(), RecipientId.SWEDEN);
        return written.digits().length() == 12 ? fromTwelveDigits(written, today) : fromTenDigits(written, today);
    }

    static <T extends RecipientId> T parseAs(String text, Clock clock, Kind expected, Class<T> type) {
        RecipientId id = parse(text, clock);
        if (id.kind() != expected) {
            throw new InvalidRecipientIdException("Wrong kind of number: expected " + expected.description()
                    + ", got a valid " + id.kind().description() + ".");
        }
        return type.cast(id);
    }

    private static RecipientId fromTwelveDigits(WrittenNumber written, LocalDate today) {
        String digits = written.digits();
        if (digits.startsWith(CanonicalForm.ORGANISATION_PREFIX)) {
            return organisation(written, digits);
        }
        if (marksOrganisation(digits.substring(2))) {
            throw invalidNumber("the third and fourth digits of the 10-digit form are 20 or more, which marks an"
                    + " organisation number, but a 12-digit organisation number starts with 16");
        }
        RecipientId person = person(digits);
        LocalDate birthDate = CanonicalForm.birthDate(digits, person.kind());
        if (birthDate.isAfter(today)) {
            throw CanonicalForm.invalid(person.kind(), "the birth date is in the future");
        }
        if (written.centenarian() && birthDate.plusYears(CENTURY).isAfter(today)) {
            throw CanonicalForm.invalid(person.kind(), "'+' marks a person aged 100 or more, but the birth date"
                    + " is less than 100 years ago; write '-' or no separator");
        }
        return person;
    }

    private static RecipientId fromTenDigits(WrittenNumber written, LocalDate today) {
        String digits = written.digits();
        if (marksOrganisation(digits)) {
            return organisation(written, CanonicalForm.ORGANISATION_PREFIX + digits);
        }
        int yearOfCentury = CanonicalForm.number(digits, 0, 2);
        int month = CanonicalForm.number(digits, 2, 4);
        int day = CanonicalForm.number(digits, 4, 6);
        if (day > CanonicalForm.COORDINATION_DAY_OFFSET) {
            day -= CanonicalForm.COORDINATION_DAY_OFFSET;
        }
        int year = latestYearNotAfter(today, yearOfCentury, month, day);
        if (written.centenarian()) {
            year -= CENTURY;
        }
        return person(year + digits.substring(2));
    }

    /**
     * The latest year ending in {@code yearOfCentury} whose {@code month}-{@code day} is not after
     * today. Compares numbers rather than dates so that an impossible date still gets a century
     * and is then rejected with the right reason by the constructor.
     */
    private static int latestYearNotAfter(LocalDate today, int yearOfCentury, int month, int day) {
        int year = today.getYear() - Math.floorMod(today.getYear() - yearOfCentury, CENTURY);
        boolean laterThisYear = month > today.getMonthValue()
                || (month == today.getMonthValue() && day > today.getDayOfMonth());
        return year == today.getYear() && laterThisYear ? year - CENTURY : year;
    }

    private static RecipientId person(String canonical) {
        return CanonicalForm.number(canonical, 6, 8) > CanonicalForm.COORDINATION_DAY_OFFSET
                ? new CoordinationNumber(canonical)
                : new PersonalIdentityNumber(canonical);
    }

    private static OrganisationNumber organisation(WrittenNumber written, String canonical) {
        if (written.centenarian()) {
            throw CanonicalForm.invalid(Kind.ORGANISATION_NUMBER,
                    "'+' marks a person aged 100 or more and is never used in an organisation number; write '-'");
        }
        return new OrganisationNumber(canonical);
    }

    /** Organisation numbers have 20 or more where a person's number has the month. */
    private static boolean marksOrganisation(String tenDigits) {
        return CanonicalForm.number(tenDigits, 2, 4) >= 20;
    }

    private static InvalidRecipientIdException invalidNumber(String reason) {
        return new InvalidRecipientIdException("Not a valid identity number: " + reason + ".");
    }

    /**
     * The digits of a written number and its separator, after checking the written form.
     *
     * @param digits     the 10 or 12 digits, nothing else
     * @param separator  {@code '-'}, {@code '+'} or {@code 0} when there was none
     */
    private record WrittenNumber(String digits, char separator) {

        private static final char NONE = 0;

        boolean centenarian() {
            return separator == '+';
        }

        static WrittenNumber read(String text) {
            if (text == null) {
                throw invalidNumber("no number was given");
            }
            StringBuilder digits = new StringBuilder(12);
            char separator = NONE;
            int digitsBeforeSeparator = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                } else if (c == '-' || c == '+') {
                    if (separator != NONE) {
                        throw invalidNumber("it has more than one separator; write at most one '-' or '+'");
                    }
                    separator = c;
                    digitsBeforeSeparator = digits.length();
                } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    throw invalidNumber("it contains a character other than the digits 0-9, spaces, '-' and '+'");
                }
            }
            if (digits.length() == 0) {
                throw invalidNumber("it is empty");
            }
            if (digits.length() != 10 && digits.length() != 12) {
                throw invalidNumber("it has " + digits.length() + " digits; a number has 10 or 12");
            }
            if (separator != NONE && digitsBeforeSeparator != digits.length() - 4) {
                throw invalidNumber("the '-' or '+' must stand right before the last four digits");
            }
            return new WrittenNumber(digits.toString(), separator);
        }
    }
}
