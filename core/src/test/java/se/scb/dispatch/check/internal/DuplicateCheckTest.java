package se.scb.dispatch.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.RecipientId;

class DuplicateCheckTest {

    @Test
    void tellsTheSecondSightingOfARecipientFromTheFirstWhateverTheWrittenForm() {
        DuplicateCheck seen = new DuplicateCheck();
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), RecipientId.SWEDEN);
        assertThat(seen.isFirst(RecipientId.parse("19121212-1212", clock))).isTrue();
        assertThat(seen.isFirst(RecipientId.parse("121212+1212", clock))).as("the same person, born 1912").isFalse();
        assertThat(seen.isFirst(RecipientId.parse("191212121212", clock))).isFalse();
        assertThat(seen.isFirst(organisation(1))).isTrue();
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void keepsEveryRecipientWhenTheTableGrows() {
        DuplicateCheck seen = new DuplicateCheck();
        int count = 200_000;
        for (int i = 0; i < count; i++) {
            assertThat(seen.isFirst(organisation(i))).isTrue();
        }
        for (int i = 0; i < count; i += 997) {
            assertThat(seen.isFirst(organisation(i))).as("number %d seen before", i).isFalse();
        }
        assertThat(seen.size()).isEqualTo(count);
    }

    /** A valid organisation number for each i: 556 + six digits of i + a Luhn check digit. */
    private static RecipientId organisation(int i) {
        String nine = String.format("556%06d", i);
        return RecipientId.parse(nine + luhn(nine));
    }

    private static int luhn(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
