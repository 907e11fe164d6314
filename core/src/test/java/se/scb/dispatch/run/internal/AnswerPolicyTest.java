package se.scb.dispatch.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.spi.DeliveryResult;

class AnswerPolicyTest {

    /** Three attempts, 1 s then 2 s apart, without jitter, so every wait is exact. */
    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), 2.0, 0.0);
    private static final DeliveryResult BUSY = DeliveryResult.transientFailure("503", "Busy.", Optional.empty());
    private static final DeliveryResult REJECTED = DeliveryResult.rejected("400", "No such mailbox.");

    private final AnswerPolicy withPaper = new AnswerPolicy(THREE_ATTEMPTS, true, new SplittableRandom(1));
    private final AnswerPolicy digitalOnly = new AnswerPolicy(THREE_ATTEMPTS, false, new SplittableRandom(1));

    @Test
    void a_delivered_letter_is_settled_whatever_the_attempt() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(withPaper.afterDigital(DeliveryResult.delivered("200", "OK"), attempt, () -> true)).isEqualTo(Decision.delivered());
        }
    }

    @Test
    void the_address_is_looked_at_only_when_digital_delivery_is_given_up() {
        BooleanSupplier mustNotBeAsked = () -> {
            throw new AssertionError("the address of a letter that is delivered or retried was checked");
        };
        assertThat(withPaper.afterDigital(DeliveryResult.delivered("200", "OK"), 1, mustNotBeAsked)).isEqualTo(Decision.delivered());
        assertThat(withPaper.afterDigital(BUSY, 1, mustNotBeAsked).kind()).isEqualTo(Decision.Kind.RETRY);
    }

    @Test
    void a_transient_failure_is_retried_after_the_backoff_while_attempts_are_left() {
        assertThat(withPaper.afterDigital(BUSY, 1, () -> true)).isEqualTo(Decision.retryIn(Duration.ofSeconds(1)));
        assertThat(withPaper.afterDigital(BUSY, 2, () -> true)).isEqualTo(Decision.retryIn(Duration.ofSeconds(2)));
    }

    @Test
    void the_operators_retry_after_wins_when_it_asks_for_longer_than_the_backoff() {
        DeliveryResult slowDown = DeliveryResult.transientFailure("429", "Too many.", Optional.of(Duration.ofSeconds(30)));
        assertThat(withPaper.afterDigital(slowDown, 1, () -> true)).isEqualTo(Decision.retryIn(Duration.ofSeconds(30)));

        DeliveryResult shortHint = DeliveryResult.transientFailure("429", "Too many.", Optional.of(Duration.ofMillis(10)));
        assertThat(withPaper.afterDigital(shortHint, 2, () -> true)).isEqualTo(Decision.retryIn(Duration.ofSeconds(2)));
    }

    @Test
    void after_the_last_attempt_a_transient_failure_goes_on_paper_when_the_dispatch_asks_and_the_address_allows() {
        assertThat(withPaper.afterDigital(BUSY, 3, () -> true)).isEqualTo(Decision.toPaper(ReasonCode.OPERATOR_UNAVAILABLE));
        assertThat(withPaper.afterDigital(BUSY, 3, () -> false)).isEqualTo(Decision.fail(ReasonCode.OPERATOR_UNAVAILABLE));
        assertThat(digitalOnly.afterDigital(BUSY, 3, () -> true)).isEqualTo(Decision.fail(ReasonCode.OPERATOR_UNAVAILABLE));
    }

    @Test
    void a_rejection_is_never_retried() {
        assertThat(withPaper.afterDigital(REJECTED, 1, () -> true)).isEqualTo(Decision.toPaper(ReasonCode.OPERATOR_REJECTED));
        assertThat(withPaper.afterDigital(REJECTED, 1, () -> false)).isEqualTo(Decision.fail(ReasonCode.OPERATOR_REJECTED));
        assertThat(digitalOnly.afterDigital(REJECTED, 1, () -> true)).isEqualTo(Decision.fail(ReasonCode.OPERATOR_REJECTED));
    }

    @Test
    void a_print_batch_the_channel_refused_goes_again_after_the_backoff_then_fails() {
        assertThat(withPaper.afterPaperRefused(1)).isEqualTo(Decision.retryIn(Duration.ofSeconds(1)));
        assertThat(withPaper.afterPaperRefused(2)).isEqualTo(Decision.retryIn(Duration.ofSeconds(2)));
        assertThat(withPaper.afterPaperRefused(3)).isEqualTo(Decision.fail(ReasonCode.PAPER_CHANNEL_FAILED));
        assertThat(withPaper.afterPaperRefused(4)).isEqualTo(Decision.fail(ReasonCode.PAPER_CHANNEL_FAILED));
    }

    @Test
    void jitter_spreads_the_waits_within_its_fraction() {
        RetryPolicy jittered = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(1), 2.0, 0.2);
        AnswerPolicy policy = new AnswerPolicy(jittered, true, new SplittableRandom(7));
        for (int i = 0; i < 200; i++) {
            Duration wait = policy.afterDigital(BUSY, 1, () -> true).backoff().orElseThrow();
            assertThat(wait).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
        }
    }
}
