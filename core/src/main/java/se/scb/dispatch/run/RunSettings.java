package se.scb.dispatch.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a runner sends.
 *
 * @param maxInFlightPerOperator letters sent to one operator and not yet answered, at most, when the
 *                               adapter has no bound of its own; the JDK's HTTP client does not queue,
 *                               so the bound is ours to keep. An adapter that declares one
 *                               ({@link se.scb.dispatch.spi.MailboxOperator#maxInFlight()}, its
 *                               {@code max-in-flight} setting) is followed instead: one setting, read
 *                               by both, so the runner never opens more than the adapter lets through
 * @param deliveryTimeout        an answer not come by then counts as a transient failure (adapters
 *                               time out themselves too; this guards against one that does not)
 * @param claimSize              letters taken from the journal at a time
 * @param paperBatchSize         letters handed to the paper channel at a time, at most
 * @param lease                  how long claimed letters stay this runner's without a heartbeat; after
 *                               that (the process died) another runner takes them over
 * @param idlePoll               how often a runner with nothing due looks again
 */
public record RunSettings(int maxInFlightPerOperator, RetryPolicy retryPolicy, Duration deliveryTimeout, int claimSize, int paperBatchSize,
        Duration lease, Duration idlePoll) {

    public RunSettings {
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        requirePositive("maxInFlightPerOperator", maxInFlightPerOperator);
        requirePositive("claimSize", claimSize);
        requirePositive("paperBatchSize", paperBatchSize);
        requirePositive("deliveryTimeout", deliveryTimeout);
        requirePositive("lease", lease);
        requirePositive("idlePoll", idlePoll);
        if (lease.compareTo(deliveryTimeout) <= 0) {
            // A lease that can run out while a delivery is still allowed to be pending would hand the letter to a second runner.
            throw new IllegalArgumentException("The lease (" + lease + ") must be longer than the delivery timeout (" + deliveryTimeout + ").");
        }
    }

    /** 16 in flight per operator (for adapters without a bound of their own), default retries, 60 s time-out, 2 min leases. */
    public static RunSettings defaults() {
        return new RunSettings(16, RetryPolicy.defaults(), Duration.ofSeconds(60), 500, 1_000, Duration.ofMinutes(2), Duration.ofMillis(200));
    }

    /** How often a runner renews its leases: often enough that two renewals can fail before one runs out. */
    public Duration heartbeatInterval() {
        return lease.dividedBy(3);
    }

    public RunSettings withMaxInFlightPerOperator(int value) {
        return new RunSettings(value, retryPolicy, deliveryTimeout, claimSize, paperBatchSize, lease, idlePoll);
    }

    public RunSettings withRetryPolicy(RetryPolicy value) {
        return new RunSettings(maxInFlightPerOperator, value, deliveryTimeout, claimSize, paperBatchSize, lease, idlePoll);
    }

    public RunSettings withDeliveryTimeout(Duration value) {
        return new RunSettings(maxInFlightPerOperator, retryPolicy, value, claimSize, paperBatchSize, lease, idlePoll);
    }

    public RunSettings withClaimSize(int value) {
        return new RunSettings(maxInFlightPerOperator, retryPolicy, deliveryTimeout, value, paperBatchSize, lease, idlePoll);
    }

    public RunSettings withPaperBatchSize(int value) {
        return new RunSettings(maxInFlightPerOperator, retryPolicy, deliveryTimeout, claimSize, value, lease, idlePoll);
    }

    public RunSettings withLease(Duration value) {
        return new RunSettings(maxInFlightPerOperator, retryPolicy, deliveryTimeout, claimSize, paperBatchSize, value, idlePoll);
    }

    public RunSettings withIdlePoll(Duration value) {
        return new RunSettings(maxInFlightPerOperator, retryPolicy, deliveryTimeout, claimSize, paperBatchSize, lease, value);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
