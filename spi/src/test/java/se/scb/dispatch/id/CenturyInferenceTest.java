package se.scb.dispatch.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.id.Clocks.MID_MARCH_2026;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Today is 15 March 2026 in these tests unless a test says otherwise. */
class CenturyInferenceTest {

    private static LocalDate birthDate(String text, Clock clock) {
        return PersonalIdentityNumber.parse(text, clock).birthDate();
    }

    @ParameterizedTest
    @CsvSource({
            "260315-1230, 2026-03-15",
            "2603151230,  2026-03-15",
            "260316-1239, 1926-03-16",
            "121212-1212, 2012-12-12",
            "550101-1232, 1955-01-01",
            "991231-1231, 1999-12-31",
            "000229-1235, 2000-02-29",
            "040229-1231, 2004-02-29",
    })
    void aTenDigitNumberIsTheLatestDateThatIsNotInTheFuture(String text, LocalDate expected) {
        assertThat(birthDate(text, MID_MARCH_2026)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "260315+1230, 1926-03-15",
            "260316+1239, 1826-03-16",
            "121212+1212, 1912-12-12",
            "550101+1232, 1855-01-01",
            "040229+1231, 1904-02-29",
    })
    void plusGoesAHundredYearsFurtherBack(String text, LocalDate expected) {
        assertThat(birthDate(text, MID_MARCH_2026)).isEqualTo(expected);
    }

    @Test
    void aCoordinationNumberComparesItsRealBirthDayWithToday() {
        // Day 75 is the 15th, today: this century. Day 76 is the 16th, tomorrow: the previous one.
        assertThat(CoordinationNumber.parse(withCheckDigit("260375123"), MID_MARCH_2026).birthDate())
                .isEqualTo("2026-03-15");
        assertThat(CoordinationNumber.parse(withCheckDigit("260376123"), MID_MARCH_2026).birthDate())
                .isEqualTo("1926-03-16");
    }

    @Test
    void todayIsTheDateInSwedenNotInUtc() {
        // 23:30 UTC on 14 March is already 15 March in Stockholm.
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-03-14T23:30:00Z"), ZoneOffset.UTC);

        assertThat(birthDate("260315-1230", lateEveningUtc)).isEqualTo("2026-03-15");
    }

    @Test
    void aNewYearMovesTheCenturyOfTheSameText() {
        String newYearsDay = withCheckDigit("270101123");

        assertThat(birthDate(newYearsDay, Clocks.swedishNoon(2026, 12, 31))).isEqualTo("1927-01-01");
        assertThat(birthDate(newYearsDay, Clocks.swedishNoon(2027, 1, 1))).isEqualTo("2027-01-01");
    }

    @Test
    void aTwelveDigitNumberDatedTodayIsAccepted() {
        assertThat(birthDate("20260315-1230", MID_MARCH_2026)).isEqualTo("2026-03-15");
    }

    @Test
    void aTwelveDigitNumberDatedTomorrowIsRejected() {
        assertThatThrownBy(() -> birthDate("20260316-1239", MID_MARCH_2026))
                .isInstanceOf(InvalidRecipientIdException.class)
                .hasMessageContaining("in the future");
    }

    @ParameterizedTest
    @CsvSource({
            "19260315+1230, 1926-03-15",
            "19121212+1212, 1912-12-12",
            "18550101+1232, 1855-01-01",
    })
    void aTwelveDigitNumberWithPlusIsAcceptedFromTheHundredthBirthday(String text, LocalDate expected) {
        assertThat(birthDate(text, MID_MARCH_2026)).isEqualTo(expected);
    }

    @Test
    void aTwelveDigitNumberWithPlusIsRejectedTheDayBeforeTheHundredthBirthday() {
        assertThatThrownBy(() -> birthDate("19260316+1239", MID_MARCH_2026))
                .isInstanceOf(InvalidRecipientIdException.class)
                .hasMessageContaining("less than 100 years ago");
    }

    @Test
    void aTwelveDigitNumberWithMinusMayBeAHundredOrOlder() {
        assertThat(birthDate("19121212-1212", MID_MARCH_2026)).isEqualTo("1912-12-12");
    }

    @Test
    void februaryTwentyNinthDependsOnTheInferredCentury() {
        // 2000 is a leap year; 1900 is not.
        assertThat(birthDate("000229-1235", MID_MARCH_2026)).isEqualTo("2000-02-29");
        assertThatThrownBy(() -> birthDate("000229+1235", MID_MARCH_2026))
                .isInstanceOf(InvalidRecipientIdException.class)
                .hasMessageContaining("day does not exist");
    }

    /** The 10-digit form, with '-', of nine digits and their check digit. */
    private static String withCheckDigit(String nineDigits) {
        return nineDigits.substring(0, 6) + "-" + nineDigits.substring(6) + Luhn.checkDigit(nineDigits);
    }
}
