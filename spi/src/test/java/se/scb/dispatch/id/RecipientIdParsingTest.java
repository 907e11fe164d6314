package se.scb.dispatch.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.id.Clocks.MID_MARCH_2026;

import java.time.LocalDate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.scb.dispatch.id.RecipientId.Kind;

class RecipientIdParsingTest {

    private static RecipientId parse(String text) {
        return RecipientId.parse(text, MID_MARCH_2026);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "19121212-1212",
            "191212121212",
            "19121212+1212",
            "121212+1212",
            " 19 121212 1212 ",
            "1912 1212 1212",
            "\t191212121212\n",
            "19121212\u00a0-\u00a01212",
    })
    void everyWrittenFormOfTheSamePersonParsesToOneCanonicalNumber(String text) {
        RecipientId id = parse(text);

        assertThat(id).isInstanceOf(PersonalIdentityNumber.class);
        assertThat(id.kind()).isEqualTo(Kind.PERSONAL_IDENTITY_NUMBER);
        assertThat(id.canonical()).isEqualTo("191212121212");
    }

    @ParameterizedTest
    @ValueSource(strings = {"121212-1212", "1212121212", "121212 1212", "20121212-1212"})
    void aTenDigitNumberWithoutPlusIsTheMostRecentCentury(String text) {
        assertThat(parse(text).canonical()).isEqualTo("201212121212");
    }

    @ParameterizedTest
    @CsvSource({
            "121272-1219, 201212721219, 2012-12-12",
            "19121272-1219, 191212721219, 1912-12-12",
            "120261-1230, 201202611230, 2012-02-01",
            "120289-1238, 201202891238, 2012-02-29",
    })
    void aDayPlusSixtyIsACoordinationNumber(String text, String canonical, LocalDate birthDate) {
        RecipientId id = parse(text);

        assertThat(id).isInstanceOf(CoordinationNumber.class);
        assertThat(id.kind()).isEqualTo(Kind.COORDINATION_NUMBER);
        assertThat(id.canonical()).isEqualTo(canonical);
        assertThat(((CoordinationNumber) id).birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "202100-5448",
            "2021005448",
            "16202100-5448",
            "162021005448",
            "16 202100-5448",
            "202100 5448",
            " 16 20 21 00 54 48 ",
    })
    void organisationNumbersParseWithOrWithoutTheSixteenPrefix(String text) {
        RecipientId id = parse(text);

        assertThat(id).isInstanceOf(OrganisationNumber.class);
        assertThat(id.kind()).isEqualTo(Kind.ORGANISATION_NUMBER);
        assertThat(id.canonical()).isEqualTo("162021005448");
    }

    @Test
    void aSoleTradersPersonnummerIsAPerson() {
        assertThat(parse("550101-1232")).isInstanceOf(PersonalIdentityNumber.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "19121212-1213 | check digit",
            "121212-1213   | check digit",
            "1212121221    | check digit",
            "202100-5449   | check digit",
            "19120230-1238 | day does not exist",
            "120230-1238   | day does not exist",
            "121301-1230   | month",
            "120012-1232   | month",
            "121200-1232   | day does not exist",
            "121245-1239   | day does not exist",
            "230229-1238   | day does not exist",
            "000229+1235   | day does not exist",
            "121292-1231   | birth day (the day digits minus 60) does not exist",
            "120290-1235   | birth day (the day digits minus 60) does not exist",
            "000260-1235   | day does not exist",
            "121212-0008   | birth number (the three digits after the date) is 000",
            "19121272-0005 | birth number (the three digits after the date) is 000",
            "17121212-1212 | before 1800",
            "20260316-1239 | in the future",
            "20121212+1212 | '+' marks a person aged 100 or more",
            "19260316+1239 | '+' marks a person aged 100 or more",
            "202100+5448   | never used in an organisation number",
            "16121212-1212 | 20 or more",
            "19202100-5448 | starts with 16",
            "402100-5444   | never 0 or 4",
            "002100-5442   | never 0 or 4",
            "19121212-121A | other than the digits",
            "121212/1212   | other than the digits",
            "121212\u20131212 | other than the digits",
            "\u0661\u0662\u0661\u0662\u0661\u0662\u0661\u0662\u0661\u0662 | other than the digits",
            "1912121212121 | 13 digits",
            "121212121     | 9 digits",
            "12121212121   | 11 digits",
            "19121212--1212 | more than one separator",
            "121212-+1212  | more than one separator",
            "1212-121212   | right before the last four digits",
            "191212-121212 | right before the last four digits",
            "+1212121212   | right before the last four digits",
            "1212121212-   | right before the last four digits",
            "\"  - \"        | it is empty",
    })
    void rejectsWithAReasonThatSaysWhatIsWrong(String text, String reason) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InvalidRecipientIdException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void rejectsAMissingNumber(String text) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InvalidRecipientIdException.class)
                .hasMessageStartingWith("Not a valid identity number");
    }

    static Stream<String> invalidNumbers() {
        return Stream.of("19121212-1213", "121212-1213", "19120230-1238", "121301-1230", "230229-1238",
                "000229+1235", "121292-1231", "000260-1235", "20260316-1239", "20121212+1212", "202100+5448",
                "16121212-1212", "19202100-5448", "402100-5444", "19121212-121A", "1912121212121",
                "121212121", "19121212--1212", "1212-121212", "8765 4321 0987 6", "55 01 01 - 12 31",
                "987654-3219", "19987654-3219");
    }

    @ParameterizedTest
    @MethodSource("invalidNumbers")
    void anExceptionMessageNeverRepeatsTheNumber(String text) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InvalidRecipientIdException.class)
                .satisfies(e -> assertNoDigitsOf(text, e.getMessage()));
    }

    private static void assertNoDigitsOf(String text, String message) {
        String digits = text.replaceAll("\\D", "");
        assertThat(message).isNotBlank();
        assertThat(Pattern.compile("\\d{5,}").matcher(message).find())
                .as("no long digit run in: %s", message).isFalse();
        for (int i = 0; i + 4 <= digits.length(); i++) {
            assertThat(message).doesNotContain(digits.substring(i, i + 4));
        }
    }

    static Stream<Arguments> wrongKinds() {
        return Stream.of(
                Arguments.of("121212-1212", Kind.ORGANISATION_NUMBER, "personal identity number"),
                Arguments.of("121272-1219", Kind.PERSONAL_IDENTITY_NUMBER, "coordination number"),
                Arguments.of("202100-5448", Kind.PERSONAL_IDENTITY_NUMBER, "organisation number"),
                Arguments.of("121212-1212", Kind.COORDINATION_NUMBER, "personal identity number"),
                Arguments.of("202100-5448", Kind.COORDINATION_NUMBER, "organisation number"));
    }

    @ParameterizedTest
    @MethodSource("wrongKinds")
    void typedFactoriesRejectAValidNumberOfAnotherKind(String text, Kind expected, String actualKind) {
        assertThatThrownBy(() -> parseAs(expected, text))
                .isInstanceOf(InvalidRecipientIdException.class)
                .hasMessageContaining("expected " + expected.description())
                .hasMessageContaining("got a valid " + actualKind)
                .satisfies(e -> assertNoDigitsOf(text, e.getMessage()));
    }

    @Test
    void typedFactoriesReturnTheirKind() {
        assertThat(PersonalIdentityNumber.parse("19121212-1212", MID_MARCH_2026).birthDate())
                .isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(CoordinationNumber.parse("19121272-1219", MID_MARCH_2026).birthDate())
                .isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(OrganisationNumber.parse("202100-5448", MID_MARCH_2026).canonical()).isEqualTo("162021005448");
        assertThat(OrganisationNumber.parse("2021000837").shortFormatted()).isEqualTo("202100-0837");
    }

    private static RecipientId parseAs(Kind kind, String text) {
        switch (kind) {
            case PERSONAL_IDENTITY_NUMBER:
                return PersonalIdentityNumber.parse(text, MID_MARCH_2026);
            case COORDINATION_NUMBER:
                return CoordinationNumber.parse(text, MID_MARCH_2026);
            default:
                return OrganisationNumber.parse(text, MID_MARCH_2026);
        }
    }
}
