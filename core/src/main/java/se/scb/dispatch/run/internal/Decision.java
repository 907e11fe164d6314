package se.scb.dispatch.run.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.model.ReasonCode;

/**
 * What becomes of a letter after an answer: it is delivered, it goes again after a wait, it goes on
 * paper, or it has failed for good. A record with a kind rather than a sealed type, so that callers on
 * Java 17 can switch over it.
 *
 * @param backoff how long until the letter goes again ({@link Kind#RETRY} only)
 * @param reason  why it goes on paper or failed ({@link Kind#TO_PAPER} and {@link Kind#FAIL} only)
 */
record Decision(Kind kind, Optional<Duration> backoff, Optional<ReasonCode> reason) {

    enum Kind { DELIVERED, RETRY, TO_PAPER, FAIL }

    Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(reason, "reason");
    }

    static Decision delivered() {
        return new Decision(Kind.DELIVERED, Optional.empty(), Optional.empty());
    }

    static Decision retryIn(Duration wait) {
        return new Decision(Kind.RETRY, Optional.of(wait), Optional.empty());
    }

    static Decision toPaper(ReasonCode why) {
        return new Decision(Kind.TO_PAPER, Optional.empty(), Optional.of(why));
    }

    static Decision fail(ReasonCode why) {
        return new Decision(Kind.FAIL, Optional.empty(), Optional.of(why));
    }
}
