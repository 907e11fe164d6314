package se.scb.dispatch.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.DispatchOptions;

class PacerTest {

    private static final Instant START = Instant.parse("2026-11-26T08:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final JournalStore journal = JournalStore.of(Journal.inMemory());

    @BeforeEach
    void aDispatch() {
        journal.createDispatch(new DispatchRecord("d1", DispatchOptions.named("paced"), "165560269986", "Enkät", "{}", DispatchState.PLANNING, START,
                Optional.empty()));
    }

    @Test
    void spacesLettersEvenlyWithinTheMinute() {
        Pacer pacer = new Pacer(journal, "d1", 120, clock);

        assertThat(pacer.reserve()).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(500));
        assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void timeThatHasPassedIsNotSavedUpForABurst() {
        Pacer pacer = new Pacer(journal, "d1", 60, clock);
        pacer.reserve();

        clock.now = START.plusSeconds(600);

        assertThat(pacer.reserve()).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void twoRunnersOfOneDispatchShareTheRateInsteadOfDoublingIt() {
        Pacer first = new Pacer(journal, "d1", 60, clock);
        Pacer second = new Pacer(journal, "d1", 60, clock);

        assertThat(first.reserve()).isEqualTo(Duration.ZERO);
        assertThat(second.reserve()).isEqualTo(Duration.ofSeconds(1));
        assertThat(first.reserve()).isEqualTo(Duration.ofSeconds(2));
        assertThat(second.reserve()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aFastRateReservesASecondsWorthAtATimeAndKeepsTheSpacing() {
        Pacer first = new Pacer(journal, "d1", 600, clock);
        Pacer second = new Pacer(journal, "d1", 600, clock);

        for (int slot = 0; slot < 10; slot++) {
            assertThat(first.reserve()).isEqualTo(Duration.ofMillis(100L * slot));
        }
        assertThat(second.reserve()).as("the other runner's second comes after the first's").isEqualTo(Duration.ofSeconds(1));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
