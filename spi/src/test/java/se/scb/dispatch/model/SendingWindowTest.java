package se.scb.dispatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendingWindowTest {

    private final SendingWindow office = SendingWindow.weekdays(9, 17);

    @Test
    void isReadInSwedishTimeWhateverTheMachinesZone() {
        // Thursday 26 November 2026: 08:30 UTC is 09:30 in Stockholm (CET, UTC+1).
        assertThat(office.contains(Instant.parse("2026-11-26T08:30:00Z"))).isTrue();
        assertThat(office.contains(Instant.parse("2026-11-26T07:59:00Z"))).isFalse();
        assertThat(office.contains(Instant.parse("2026-11-26T16:00:00Z"))).as("17:00 is outside").isFalse();
        // In summer Stockholm is UTC+2: 07:30 UTC is 09:30.
        assertThat(office.contains(Instant.parse("2026-06-18T07:30:00Z"))).isTrue();
    }

    @Test
    void isClosedAtTheWeekend() {
        assertThat(office.contains(Instant.parse("2026-11-28T10:00:00Z"))).isFalse();
    }

    @Test
    void nextOpeningSkipsTheWeekend() {
        // Friday 27 November 2026, 18:00 in Stockholm: next opening Monday 30 November 09:00.
        assertThat(office.nextOpening(Instant.parse("2026-11-27T17:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        Instant inside = Instant.parse("2026-11-26T10:00:00Z");
        assertThat(office.nextOpening(inside)).isEqualTo(inside);
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new SendingWindow(Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> new SendingWindow(Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0))).hasMessageContaining("at least one day");
    }
}
