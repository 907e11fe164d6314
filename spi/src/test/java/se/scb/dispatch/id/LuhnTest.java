package se.scb.dispatch.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

    @ParameterizedTest
    @CsvSource({
            "121212121, 2",
            "202100544, 8",
            "7992739871, 3",
            "000000000, 0",
    })
    void computesTheCheckDigit(String payload, int expected) {
        assertThat(Luhn.checkDigit(payload)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1212121212", "2021005448", "79927398713", "0000000000"})
    void acceptsNumbersWithTheirCheckDigit(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1212121213", "2021005449", "2121212112", "79927398710"})
    void rejectsAWrongOrSwappedDigit(String digits) {
        assertThat(Luhn.isValid(digits)).isFalse();
    }

    @Test
    void refusesAnythingButDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit("121212-12"));
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit(""));
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.isValid("1"));
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.isValid(null));
    }
}
