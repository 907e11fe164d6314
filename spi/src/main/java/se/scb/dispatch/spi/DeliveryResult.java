package se.scb.dispatch.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * An operator's answer to one delivery, translated by the adapter. The core decides what follows:
 * a {@link Transient} result is retried, a {@link Rejected} one is final.
 *
 * <p>Accessor methods stand in for pattern matching, which callers on Java 17 lack.
 */
public sealed interface DeliveryResult {

    /** The operator's own code for the answer (HTTP status, SOAP fault code …), for the dispatch log. */
    String code();

    /** A sentence about the answer, without personal data. */
    String message();

    default boolean isDelivered() {
        return this instanceof Delivered;
    }

    default boolean isRejected() {
        return this instanceof Rejected;
    }

    default boolean isTransient() {
        return this instanceof Transient;
    }

    /** How long the operator asked us to wait before the next attempt, if it said. */
    default Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    static DeliveryResult delivered(String code, String message) {
        return new Delivered(code, message);
    }

    static DeliveryResult rejected(String code, String message) {
        return new Rejected(code, message);
    }

    static DeliveryResult transientFailure(String code, String message, Optional<Duration> retryAfter) {
        return new Transient(code, message, retryAfter);
    }

    /** The operator took the letter (or already had it under the same message id). */
    record Delivered(String code, String message) implements DeliveryResult {
    }

    /** The operator refused the letter for good: sending it again would be refused again. */
    record Rejected(String code, String message) implements DeliveryResult {
    }

    /** Worth another try: overload, a 5xx, a time-out, a dropped connection. */
    record Transient(String code, String message, Optional<Duration> retryAfter) implements DeliveryResult {
        @Override
        public Optional<Duration> retryAfter() {
            return retryAfter;
        }
    }
}
