package se.scb.dispatch.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Spaces letters evenly so no more than a given number go out in any minute. Even spacing, rather
 * than a burst at the top of each minute, is what keeps a survey's web server calm.
 * Not thread-safe: one pacer per sending thread.
 */
public final class Pacer {

    private final Duration spacing;
    private final Clock clock;
    private Instant nextSlot = Instant.MIN;

    public Pacer(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, was " + perMinute);
        }
        this.spacing = Duration.ofMinutes(1).dividedBy(perMinute);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes the next slot and tells how long to wait until it (zero when it is now). */
    public Duration reserve() {
        Instant now = clock.instant();
        Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
        nextSlot = slot.plus(spacing);
        return Duration.between(now, slot);
    }
}
