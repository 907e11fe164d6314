package se.scb.dispatch.run.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import se.scb.dispatch.journal.internal.JournalStore;

/**
 * Spaces a dispatch's letters evenly so no more than a given number go out in any minute, counted over
 * every runner of the journal together: the rate protects the survey's web server, which sees all
 * runners at once. Slots are reserved from the journal about a second's worth at a time, so the
 * journal is asked at most about once a second per runner. Even spacing, rather than a burst at the top
 * of each minute, is what keeps the web server calm. Not thread-safe: one pacer per sending thread.
 */
final class Pacer {

    private final JournalStore journal;
    private final String dispatchId;
    private final Duration spacing;
    private final int slotsPerReservation;
    private final Clock clock;
    private Instant nextSlot = Instant.MIN;
    private int slotsLeft;

    Pacer(JournalStore journal, String dispatchId, int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, was " + perMinute);
        }
        this.journal = Objects.requireNonNull(journal, "journal");
        this.dispatchId = Objects.requireNonNull(dispatchId, "dispatchId");
        this.spacing = Duration.ofMinutes(1).dividedBy(perMinute);
        this.slotsPerReservation = Math.max(1, perMinute / 60);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes the next slot and tells how long to wait until it (zero when it is now). */
    Duration reserve() {
        Instant now = clock.instant();
        if (slotsLeft == 0) {
            nextSlot = journal.reserveSendingSlots(dispatchId, slotsPerReservation, spacing, now);
            slotsLeft = slotsPerReservation;
        }
        Instant slot = nextSlot;
        nextSlot = nextSlot.plus(spacing);
        slotsLeft--;
        return slot.isAfter(now) ? Duration.between(now, slot) : Duration.ZERO;
    }
}
