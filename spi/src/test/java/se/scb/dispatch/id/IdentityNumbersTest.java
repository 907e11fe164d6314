package se.scb.dispatch.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Masking identity numbers in text from elsewhere, and leaving other numbers alone. */
class IdentityNumbersTest {

    @Test
    @DisplayName("masks twelve and ten digits, with or without a separator")
    void masksEveryWrittenForm() {
        assertThat(IdentityNumbers.mask("recipient 191212121212 unknown")).isEqualTo("recipient 19121212-**** unknown");
        assertThat(IdentityNumbers.mask("id=19121212-1212;")).isEqualTo("id=19121212-****;");
        assertThat(IdentityNumbers.mask("(121212+1212)")).isEqualTo("(121212+****)");
        assertThat(IdentityNumbers.mask("1212121212")).isEqualTo("121212-****");
    }

    @Test
    @DisplayName("masks the number, not the end of the text: what follows it is kept and hides nothing")
    void masksANumberWhereverItSitsInTheText() {
        assertThat(IdentityNumbers.mask("19521028-1236 Anna Öberg")).isEqualTo("19521028-**** Anna Öberg");
        assertThat(IdentityNumbers.mask("rad 7: 5210281236;Anna;Solna")).isEqualTo("rad 7: 521028-****;Anna;Solna");
        assertThat(IdentityNumbers.mask("a 19121212-1212 b 121212+1212 c")).isEqualTo("a 19121212-**** b 121212+**** c");
        assertThat(IdentityNumbers.mask("pnr19121212-1212x")).isEqualTo("pnr19121212-****x");
        assertThat(IdentityNumbers.mask("19121212-1212 2 brev")).isEqualTo("19121212-**** 2 brev");
    }

    @Test
    @DisplayName("masks the forms with spaces that the parser reads, and coordination numbers")
    void masksSpacedForms() {
        assertThat(IdentityNumbers.mask("19121212 1212")).isEqualTo("19121212 ****");
        assertThat(IdentityNumbers.mask("id 19 121212 1212.")).isEqualTo("id 19 121212 ****.");
        assertThat(IdentityNumbers.mask("1912 1212 1212")).isEqualTo("1912 1212 ****");
        assertThat(IdentityNumbers.mask("121212 - 1212")).isEqualTo("121212 - ****");
        assertThat(IdentityNumbers.mask("19121212\u00a0-\u00a01212")).isEqualTo("19121212\u00a0-\u00a0****");
        assertThat(IdentityNumbers.mask("x191212721219")).isEqualTo("x19121272-****");
    }

    @Test
    @DisplayName("keeps organisation numbers masked when they stand alone, but not inside other ids")
    void organisationNumbersAreMaskedWhenAlone() {
        assertThat(IdentityNumbers.mask("sender 202100-5489")).isEqualTo("sender 202100-****");
        assertThat(IdentityNumbers.mask("key ab2021005489cd")).isEqualTo("key ab2021005489cd");
    }

    @Test
    @DisplayName("leaves longer digit runs and digits inside ids alone")
    void leavesOtherNumbersAlone() {
        assertThat(IdentityNumbers.mask("call-0123456789abcdefghij")).isEqualTo("call-0123456789abcdefghij");
        assertThat(IdentityNumbers.mask("trans 12345678901234")).isEqualTo("trans 12345678901234");
        assertThat(IdentityNumbers.mask("error 5001")).isEqualTo("error 5001");
        assertThat(IdentityNumbers.mask(null)).isEmpty();
    }

    @Test
    void tellsAPersonsNumberShownWholeFromAnOrganisationsAndFromMaskedOnes() {
        assertThat(IdentityNumbers.showsAPersonsNumber("row 3: 19121212-1212 has no mailbox")).isTrue();
        assertThat(IdentityNumbers.showsAPersonsNumber("121212+1212")).isTrue();
        assertThat(IdentityNumbers.showsAPersonsNumber("coordination 19121272-1219")).as("day + 60").isTrue();
        assertThat(IdentityNumbers.showsAPersonsNumber("sender 202100-5489 (Statistikmyndigheten)")).as("month 21: an organisation").isFalse();
        assertThat(IdentityNumbers.showsAPersonsNumber("19121212-**** and 20121272-****")).isFalse();
        assertThat(IdentityNumbers.showsAPersonsNumber(null)).isFalse();
    }
}
