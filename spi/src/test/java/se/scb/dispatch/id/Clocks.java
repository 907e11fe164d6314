package se.scb.dispatch.id;

import java.time.Clock;
import java.time.LocalDateTime;

/** Fixed clocks for the identity number tests. */
final class Clocks {

    /** Noon on 15 March 2026 in Sweden. */
    static final Clock MID_MARCH_2026 = swedishNoon(2026, 3, 15);

    private Clocks() {
    }

    static Clock swedishNoon(int year, int month, int day) {
        return Clock.fixed(LocalDateTime.of(year, month, day, 12, 0).atZone(RecipientId.SWEDEN).toInstant(),
                RecipientId.SWEDEN);
    }
}
