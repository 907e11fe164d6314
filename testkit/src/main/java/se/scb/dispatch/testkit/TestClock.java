package se.scb.dispatch.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test moves by hand, for schedules, sending windows, waves and follow-ups measured in
 * days: give it to {@code Dispatcher.builder().clock(...)}, then {@link #advance} it. Thread-safe.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock to the given instant. */
    public TestClock set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /** Moves the clock forward. */
    public TestClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /**
     * A clock that reads this one and then moves it forward by {@code step}: every reading is later than
     * the last, so a run waiting for a retry or a lease finds it has passed at its next look, and the
     * test never waits in real time. The test can still {@link #set} or {@link #advance} this clock.
     */
    public Clock ticking(Duration step) {
        Objects.requireNonNull(step, "step");
        TestClock moved = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return moved.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                synchronized (moved) {
                    Instant now = moved.instant();
                    moved.advance(step);
                    return now;
                }
            }
        };
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
