package se.scb.dispatch.model;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * When a dispatch's letters go out: from a start time, at most so many a minute, only inside
 * sending windows, and spread as waves over several days, so a large sample does not bring every
 * respondent to the survey's web server in the same hour.
 *
 * @param startAt      no letter before this; empty means as soon as the plan is made
 * @param maxPerMinute at most this many letters a minute per running instance; empty means no limit
 * @param windows      letters go out only inside one of these; empty means at any time
 * @param waves        how many waves (1 means all at once)
 * @param waveInterval the time from one wave's start to the next
 */
public record Schedule(Optional<Instant> startAt, OptionalInt maxPerMinute, List<SendingWindow> windows, int waves, Duration waveInterval) {

    public Schedule {
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(maxPerMinute, "maxPerMinute");
        windows = List.copyOf(windows);
        Objects.requireNonNull(waveInterval, "waveInterval");
        if (maxPerMinute.isPresent() && maxPerMinute.getAsInt() < 1) {
            throw new IllegalArgumentException("maxPerMinute must be at least 1, was " + maxPerMinute.getAsInt());
        }
        if (waves < 1) {
            throw new IllegalArgumentException("waves must be at least 1, was " + waves);
        }
        if (waves > 1 && (waveInterval.isNegative() || waveInterval.isZero())) {
            throw new IllegalArgumentException("Waves need a positive interval between them.");
        }
    }

    /** Everything now, as fast as the operators take it. */
    public static Schedule immediately() {
        return new Schedule(Optional.empty(), OptionalInt.empty(), List.of(), 1, Duration.ofDays(1));
    }

    public Schedule startingAt(Instant start) {
        return new Schedule(Optional.of(start), maxPerMinute, windows, waves, waveInterval);
    }

    public Schedule atMostPerMinute(int letters) {
        return new Schedule(startAt, OptionalInt.of(letters), windows, waves, waveInterval);
    }

    public Schedule within(SendingWindow... allowed) {
        return new Schedule(startAt, maxPerMinute, List.of(allowed), waves, waveInterval);
    }

    public Schedule inWaves(int count, Duration interval) {
        return new Schedule(startAt, maxPerMinute, windows, count, interval);
    }

    /**
     * When a letter may first go out. The wave comes from the message id, which is a hash, so
     * recipients fall into waves at random yet the same way every time the plan is read.
     *
     * @param plannedAt when the plan is made (the start when no start time is given)
     */
    public Instant dueAt(String messageId, Instant plannedAt) {
        Instant start = startAt.orElse(plannedAt);
        int wave = waves == 1 ? 0 : Math.floorMod(UUID.nameUUIDFromBytes(messageId.getBytes(StandardCharsets.UTF_8)).hashCode(), waves);
        return start.plus(waveInterval.multipliedBy(wave));
    }

    /** Whether letters may go out at this instant as far as the windows go. */
    public boolean isOpen(Instant instant) {
        return windows.isEmpty() || windows.stream().anyMatch(window -> window.contains(instant));
    }

    /** The next instant at or after this one when a window is open. */
    public Instant nextOpening(Instant instant) {
        return windows.isEmpty() ? instant
                : windows.stream().map(window -> window.nextOpening(instant)).min(Comparator.naturalOrder()).orElseThrow();
    }
}
