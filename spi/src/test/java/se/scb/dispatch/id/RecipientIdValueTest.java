package se.scb.dispatch.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.id.Clocks.MID_MARCH_2026;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RecipientIdValueTest {

    @Test
    void theSamePersonWrittenTwoWaysIsEqual() {
        RecipientId tenDigitsWithPlus = RecipientId.parse("121212+1212", MID_MARCH_2026);
        RecipientId twelveDigits = RecipientId.parse("19121212-1212", MID_MARCH_2026);

        assertThat(tenDigitsWithPlus).isEqualTo(twelveDigits).hasSameHashCodeAs(twelveDigits);
        assertThat(tenDigitsWithPlus).isEqualTo(new PersonalIdentityNumber("191212121212"));
    }

    @Test
    void theSameDigitsInAnotherCenturyAreAnotherPerson() {
        assertThat(RecipientId.parse("121212-1212", MID_MARCH_2026))
                .isNotEqualTo(RecipientId.parse("121212+1212", MID_MARCH_2026));
    }

    @Test
    void anOrganisationWithAndWithoutPrefixIsEqual() {
        assertThat(RecipientId.parse("202100-5448", MID_MARCH_2026))
                .isEqualTo(RecipientId.parse("16 202100-5448", MID_MARCH_2026));
    }

    @ParameterizedTest
    @CsvSource({
            "19121212-1212, 19121212-****, 19121212-1212",
            "121272-1219,   20121272-****, 20121272-1219",
            "202100-5448,   202100-5448,   16202100-5448",
    })
    void toStringAndMaskedHideAPersonsLastFourDigitsShowAnOrganisationWholeAndFormattedShowsAll(String text, String masked, String formatted) {
        RecipientId id = RecipientId.parse(text, MID_MARCH_2026);

        assertThat(id.toString()).isEqualTo(masked);
        assertThat(id.masked()).isEqualTo(masked);
        assertThat(id.formatted()).isEqualTo(formatted);
    }

    @Test
    void aRecordHoldingAnIdDoesNotLeakIt() {
        record Row(RecipientId recipient) {
        }
        assertThat(new Row(RecipientId.parse("19121212-1212", MID_MARCH_2026)).toString()).doesNotContain("1212-1212");
    }

    static Stream<Arguments> constructorsRejectInvalidCanonicalForms() {
        Function<String, RecipientId> person = PersonalIdentityNumber::new;
        Function<String, RecipientId> coordination = CoordinationNumber::new;
        Function<String, RecipientId> organisation = OrganisationNumber::new;
        return Stream.of(
                Arguments.of(person, null, "missing"),
                Arguments.of(person, "1912121212", "twelve digits"),
                Arguments.of(person, "19121212-1212", "twelve digits"),
                Arguments.of(person, "191212121213", "check digit"),
                Arguments.of(person, "191212721219", "coordination number"),
                Arguments.of(person, "191302301238", "month"),
                Arguments.of(coordination, "191212121212", "61 to 91"),
                Arguments.of(coordination, "200002601235", "61 to 91"),
                Arguments.of(coordination, "191212921231", "minus 60"),
                Arguments.of(organisation, "2021005448", "twelve digits"),
                Arguments.of(organisation, "192021005448", "starts with 16"),
                Arguments.of(organisation, "161212121212", "20 or more"),
                Arguments.of(organisation, "164021005444", "never 0 or 4"),
                Arguments.of(organisation, "162021005449", "check digit"));
    }

    @ParameterizedTest
    @MethodSource
    void constructorsRejectInvalidCanonicalForms(Function<String, RecipientId> constructor, String canonical,
            String reason) {
        assertThatThrownBy(() -> constructor.apply(canonical))
                .isInstanceOf(InvalidRecipientIdException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void constructorsAcceptValidCanonicalForms() {
        assertThat(new PersonalIdentityNumber("191212121212").birthDate()).isEqualTo("1912-12-12");
        assertThat(new CoordinationNumber("191212721219").birthDate()).isEqualTo("1912-12-12");
        assertThat(new OrganisationNumber("162021005448").shortFormatted()).isEqualTo("202100-5448");
    }
}
