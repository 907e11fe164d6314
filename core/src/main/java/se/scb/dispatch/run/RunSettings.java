package se.scb.dispatch.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a runner sends.
 *
 * @param maxInFlightPerOperator letters sent to one operator and not yet answered, at most; the JDK's
 *                               HTTP client does not queue, so the bound is ours to keep
 * @param deliveryTimeout        an answer not come by then counts as a transient failure (adapters
 *                               time out themselves too; this guards against one that does not)
 * @param claimSize              letters taken from the journal at a time
 * @param paperBatchSize         letters handed to the paper channel at a time
 */
public record RunSettings(int maxInFlightPerOperator, RetryPolicy retryPolicy, Duration deliveryTimeout, int claimSize, int paperBatchSize) {

    public RunSettings {
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
        requirePositive("maxInFlightPerOperator", maxInFlightPerOperator);
        requirePositive("claimSize", claimSize);
        requirePositive("paperBatchSize", paperBatchSize);
        if (deliveryTimeout.isNegative() || deliveryTimeout.isZero()) {
            throw new IllegalArgumentException("deliveryTimeout must be positive, was " + deliveryTimeout);
        }
    }

    public static RunSettings defaults() {
        return new RunSettings(16, RetryPolicy.defaults(), Duration.ofSeconds(60), 500, 1_000);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
