package se.scb.dispatch.testkit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.scb.dispatch.id.Luhn;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;

/**
 * Personal identity numbers for tests: well-formed (valid date and check digit) and distinct for
 * distinct indexes. They are made up, not checked against any register, and meant for fakes and
 * protocol stubs only, never for a real service.
 */
public final class TestIds {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1950, 1, 1);
    /** Birth numbers 001 to 999: 000 is never assigned, and the parser rejects it. */
    private static final int SERIALS_PER_DAY = 999;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private TestIds() {
    }

    /** The number with the given index (0 and up); the same index always gives the same number. */
    public static PersonalIdentityNumber person(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("The index of a test id must be 0 or more, was " + index);
        }
        String birthDate = FIRST_BIRTH_DATE.plusDays(index / SERIALS_PER_DAY).format(DATE);
        String withoutCheckDigit = birthDate + String.format("%03d", 1 + index % SERIALS_PER_DAY);
        return new PersonalIdentityNumber(withoutCheckDigit + Luhn.checkDigit(withoutCheckDigit.substring(2)));
    }

    /** The numbers with indexes {@code 0 .. count-1}. */
    public static List<RecipientId> people(int count) {
        return people(0, count);
    }

    /** The numbers with indexes {@code from .. from+count-1}. */
    public static List<RecipientId> people(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(TestIds::person).collect(Collectors.toList());
    }
}
