package se.scb.dispatch.testkit.compat;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault an {@link OperatorStub} answers a delivery with. Its {@link #kind()} is an enum, so stubs
 * on Java 17 can {@code switch} on it.
 *
 * @param retryAfter the {@code Retry-After} to send, present exactly for {@link Kind#TOO_MANY_REQUESTS_429}
 */
public record Fault(Kind kind, Optional<Duration> retryAfter) {

    /** The faults the compatibility kit puts an adapter through. */
    public enum Kind {
        /** HTTP 503, or the protocol's "try again later". */
        SERVICE_UNAVAILABLE_503,
        /** HTTP 429 with a {@code Retry-After} in whole seconds. */
        TOO_MANY_REQUESTS_429,
        /** HTTP 400, or the protocol's "this letter is wrong". */
        BAD_REQUEST_400,
        /** No answer for longer than the adapter's time-out. */
        NO_ANSWER,
        /** The connection is dropped before an answer. */
        CONNECTION_RESET
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if ((kind == Kind.TOO_MANY_REQUESTS_429) != retryAfter.isPresent()) {
            throw new IllegalArgumentException("A Retry-After goes with TOO_MANY_REQUESTS_429 and nothing else, not with " + kind);
        }
    }

    public static Fault serviceUnavailable() {
        return new Fault(Kind.SERVICE_UNAVAILABLE_503, Optional.empty());
    }

    /** A 429 asking the client to wait the given number of seconds. */
    public static Fault tooManyRequests(long retryAfterSeconds) {
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("Retry-After is 0 seconds or more, was " + retryAfterSeconds);
        }
        return new Fault(Kind.TOO_MANY_REQUESTS_429, Optional.of(Duration.ofSeconds(retryAfterSeconds)));
    }

    public static Fault badRequest() {
        return new Fault(Kind.BAD_REQUEST_400, Optional.empty());
    }

    public static Fault noAnswer() {
        return new Fault(Kind.NO_ANSWER, Optional.empty());
    }

    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, Optional.empty());
    }

    /** The {@code Retry-After} header value in seconds. @throws IllegalStateException for other kinds */
    public long retryAfterSeconds() {
        return retryAfter.orElseThrow(() -> new IllegalStateException(kind + " has no Retry-After")).getSeconds();
    }
}
