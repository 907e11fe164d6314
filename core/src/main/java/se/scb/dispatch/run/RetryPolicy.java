package se.scb.dispatch.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How transient delivery failures are retried: exponential backoff with jitter, capped, for a
 * limited number of attempts. An operator's {@code Retry-After} is honoured when it asks for longer.
 *
 * @param maxAttempts  attempts in all, the first included (1 means no retry)
 * @param initialDelay the wait before the second attempt, before jitter
 * @param maxDelay     no wait is longer than this, before jitter
 * @param multiplier   how much each wait grows over the last
 * @param jitter       the fraction (0 to 1) by which a wait is spread at random, so that many letters
 *                     failing together do not all come back at the same instant
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("Delays must satisfy 0 <= initialDelay <= maxDelay");
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    /** Five attempts, from one second up to five minutes apart, doubling, with 20 % jitter. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 2.0, 0.2);
    }

    /** Whether a letter that failed on attempt {@code attempt} gets another. */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /**
     * The wait after failed attempt number {@code attempt} (1-based): the backoff with jitter, or the
     * operator's {@code Retry-After} when that is longer.
     */
    public Duration delayAfter(int attempt, Optional<Duration> retryAfter, RandomGenerator random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double spread = capped * jitter * (2 * random.nextDouble() - 1);
        Duration backoff = Duration.ofMillis(Math.max(0, Math.round(capped + spread)));
        return retryAfter.filter(asked -> asked.compareTo(backoff) > 0).orElse(backoff);
    }
}
