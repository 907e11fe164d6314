package se.scb.dispatch.run.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.spi.DeliveryResult;

/**
 * Decides what an answer means for a letter, from the answer, the attempt it answered and the
 * dispatch's options, and nothing else: no journal, no operator. A digital letter is delivered,
 * retried while the policy allows (after its backoff, or the operator's {@code Retry-After} when that
 * is longer), and otherwise handed to paper when the dispatch asks for it and the address allows, or
 * failed. A print batch the paper channel did not take is retried the same way, then failed.
 */
final class AnswerPolicy {

    private final RetryPolicy retries;
    private final boolean paperOnDigitalFailure;
    /** Guarded by itself: answers arrive on the operator's threads. */
    private final RandomGenerator random;

    AnswerPolicy(RetryPolicy retries, boolean paperOnDigitalFailure, RandomGenerator random) {
        this.retries = Objects.requireNonNull(retries, "retries");
        this.paperOnDigitalFailure = paperOnDigitalFailure;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The fate of a digital letter after {@code result} answered its attempt number {@code attempt}.
     *
     * @param printable whether the letter's postal address is complete enough to print; asked only when digital
     *                  delivery is given up, so a delivered letter's address is never checked
     */
    Decision afterDigital(DeliveryResult result, int attempt, BooleanSupplier printable) {
        if (result.isDelivered()) {
            return Decision.delivered();
        }
        if (result.isRejected()) {
            return givenUp(ReasonCode.OPERATOR_REJECTED, printable);
        }
        if (retries.allowsAnotherAfter(attempt)) {
            return Decision.retryIn(wait(attempt, result.retryAfter()));
        }
        return givenUp(ReasonCode.OPERATOR_UNAVAILABLE, printable);
    }

    /** The fate of a print batch the channel did not take on hand-over number {@code attempt}. */
    Decision afterPaperRefused(int attempt) {
        if (retries.allowsAnotherAfter(attempt)) {
            return Decision.retryIn(wait(attempt, Optional.empty()));
        }
        return Decision.fail(ReasonCode.PAPER_CHANNEL_FAILED);
    }

    /** Attempts in all, the first included. */
    int maxAttempts() {
        return retries.maxAttempts();
    }

    private Decision givenUp(ReasonCode why, BooleanSupplier printable) {
        return paperOnDigitalFailure && printable.getAsBoolean() ? Decision.toPaper(why) : Decision.fail(why);
    }

    private Duration wait(int attempt, Optional<Duration> retryAfter) {
        synchronized (random) {
            return retries.delayAfter(attempt, retryAfter, random);
        }
    }
}
