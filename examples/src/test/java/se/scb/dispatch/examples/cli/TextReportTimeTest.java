package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Times are printed as they are typed: in Swedish time, with the offset that says winter or summer. */
class TextReportTimeTest {

    @Test
    void winterTimeIsOneHourAheadOfUtc() {
        assertThat(TextReport.time(Instant.parse("2026-12-01T07:00:00.750Z"))).isEqualTo("2026-12-01 08:00:00+01:00");
    }

    @Test
    void summerTimeIsTwoHoursAhead() {
        assertThat(TextReport.time(Instant.parse("2026-07-01T06:00:00Z"))).isEqualTo("2026-07-01 08:00:00+02:00");
    }

    @Test
    void theNightTheClocksGoBackShowsTheSameHourTwiceTellingThemApartByTheOffset() {
        assertThat(TextReport.time(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("2026-10-25 02:30:00+02:00");
        assertThat(TextReport.time(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("2026-10-25 02:30:00+01:00");
    }
}
