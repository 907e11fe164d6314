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
    @DisplayName("leaves longer digit runs and digits inside ids alone")
    void leavesOtherNumbersAlone() {
        assertThat(IdentityNumbers.mask("call-0123456789abcdefghij")).isEqualTo("call-0123456789abcdefghij");
        assertThat(IdentityNumbers.mask("trans 12345678901234")).isEqualTo("trans 12345678901234");
        assertThat(IdentityNumbers.mask("error 5001")).isEqualTo("error 5001");
        assertThat(IdentityNumbers.mask(null)).isEmpty();
    }
}
