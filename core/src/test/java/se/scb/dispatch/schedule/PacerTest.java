package se.scb.dispatch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void spacesLettersEvenlyWithinTheMinute() {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);
        Pacer pacer = new Pacer(120, frozen);

        assertThat(pacer.reserve()).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(500));
        assertThat(pacer.reserve()).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void timeThatHasPassedIsNotSavedUpForABurst() {
        Instant start = Instant.parse("2026-11-26T08:00:00Z");
        MutableClock clock = new MutableClock(start);
        Pacer pacer = new Pacer(60, clock);
        pacer.reserve();

        clock.now = start.plusSeconds(600);

        assertThat(pacer.reserve()).isEqualTo(Duration.ZERO);
        assertThat(pacer.reserve()).isEqualTo(Duration.ofSeconds(1));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
