package se.scb.dispatch.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;
import se.scb.dispatch.testkit.logging.CapturedLogs;
import se.scb.dispatch.testkit.logging.UnmaskedForms;

/**
 * What every {@link MailboxOperator} adapter must do, as tests its own test class inherits:
 * <pre>{@code
 * class KivraOperatorCompatibilityTest extends MailboxOperatorCompatibilityKit {
 *     // a WireMock server, the adapter pointed at it, and an OperatorStub arranging WireMock answers
 * }
 * }</pre>
 * JUnit makes a new instance per test; {@link #operator()} and {@link #stub()} must return the same
 * objects throughout one test. The test "never logs an identity number" needs the log capture:
 * run with {@code slf4j.provider=se.scb.dispatch.testkit.logging.CapturingLoggerProvider}.
 */
public abstract class MailboxOperatorCompatibilityKit {

    /** Slack on top of {@link #timeout()} for a slow build machine. */
    private static final Duration GRACE = Duration.ofSeconds(3);

    /** The adapter under test, pointed at {@link #stub()}. */
    protected abstract MailboxOperator operator();

    /** The protocol stub the adapter talks to. */
    protected abstract OperatorStub stub();

    /** The longest the adapter waits for an answer before it gives up with a transient result. */
    protected abstract Duration timeout();

    /** The mailbox the kit's letters go to; override when the adapter sends to the mailbox's service address. */
    protected MailboxAddress mailbox() {
        return FakeMailboxes.at("kivra");
    }

    /** The recipient of the kit's letters. */
    protected RecipientId recipient() {
        return TestIds.person(424_242);
    }

    @Test
    @DisplayName("delivers a letter")
    void deliversALetter() {
        Letter letter = newLetter();

        assertThat(answerTo(letter).isDelivered()).as("delivered").isTrue();
        assertThat(stub().deliveriesReceived(letter.messageId())).isEqualTo(1);
    }

    @Test
    @DisplayName("answers a 503 as worth retrying")
    void answersA503AsWorthRetrying() {
        assertTransientThenDeliveredOnRetry(Fault.serviceUnavailable());
    }

    @Test
    @DisplayName("honours Retry-After on 429")
    void honoursRetryAfterOn429() {
        DeliveryResult result = assertTransientThenDeliveredOnRetry(Fault.tooManyRequests(7));

        assertThat(result.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("treats a 400 as permanent")
    void treatsA400AsPermanent() {
        stub().answerNextDeliveryWith(Fault.badRequest());

        DeliveryResult result = answerTo(newLetter());

        assertThat(result.isRejected()).as("rejected, was %s", result).isTrue();
    }

    @Test
    @DisplayName("times out as a transient failure")
    void timesOutAsATransientFailure() {
        assertTransientThenDeliveredOnRetry(Fault.noAnswer());
    }

    @Test
    @DisplayName("treats a connection reset as transient")
    void treatsAConnectionResetAsTransient() {
        assertTransientThenDeliveredOnRetry(Fault.connectionReset());
    }

    @Test
    @DisplayName("stays idempotent on a repeated message id")
    void staysIdempotentOnARepeatedMessageId() {
        Letter letter = newLetter();
        int deliveriesBefore = stub().deliveriesReceived();

        DeliveryResult first = answerTo(letter);
        DeliveryResult second = answerTo(letter);

        assertThat(first.isDelivered()).as("first delivered, was %s", first).isTrue();
        assertThat(second.isDelivered()).as("repeat delivered, was %s", second).isTrue();
        int seenUnderMessageId = stub().deliveriesReceived(letter.messageId());
        assertThat(seenUnderMessageId).as("deliveries the stub saw under the message id").isBetween(1, 2);
        assertThat(stub().deliveriesReceived() - deliveriesBefore)
                .as("every delivery the stub saw carried the letter's own message id")
                .isEqualTo(seenUnderMessageId);
    }

    @Test
    @DisplayName("never logs an identity number")
    void neverLogsAnIdentityNumber() {
        CapturedLogs.requireActive();
        List<DeliveryResult> results = new ArrayList<>();
        results.add(answerTo(newLetter()));
        for (Fault fault : List.of(Fault.serviceUnavailable(), Fault.tooManyRequests(1), Fault.badRequest(),
                Fault.connectionReset(), Fault.noAnswer())) {
            stub().answerNextDeliveryWith(fault);
            results.add(answerTo(newLetter()));
        }

        CapturedLogs.assertNoIdentityNumberOf(List.of(recipient()));
        for (DeliveryResult result : results) {
            // Codes and messages go to the dispatch log.
            if (UnmaskedForms.appearIn(result.code() + " " + result.message(), recipient())) {
                fail("A delivery result holds the identity number unmasked: " + UnmaskedForms.mask(result.toString(), recipient()));
            }
        }
    }

    private DeliveryResult assertTransientThenDeliveredOnRetry(Fault fault) {
        Letter letter = newLetter();
        stub().answerNextDeliveryWith(fault);

        DeliveryResult first = answerTo(letter);
        DeliveryResult retry = answerTo(letter);

        assertThat(first.isTransient()).as("%s answered as transient, was %s", fault.kind(), first).isTrue();
        assertThat(retry.isDelivered()).as("the retry delivered, was %s", retry).isTrue();
        return first;
    }

    private Letter newLetter() {
        return TestLetters.letter(TestLetters.newMessageId(), recipient(), mailbox());
    }

    /** The adapter's answer, which must come within its own time-out, as a result rather than an exception. */
    private DeliveryResult answerTo(Letter letter) {
        Duration within = timeout().plus(GRACE);
        CompletableFuture<DeliveryResult> answer = operator().deliver(letter).toCompletableFuture();
        try {
            return answer.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("No answer within " + within + " (timeout() plus " + GRACE.getSeconds() + " s): the adapter must give up by itself,"
                    + " e.g. with orTimeout, and answer a transient result.");
        } catch (ExecutionException e) {
            return fail("The delivery completed exceptionally (" + e.getCause().getClass().getName() + "); answer operator and"
                    + " transport faults with a DeliveryResult instead.", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while waiting for the delivery's answer.");
        }
    }
}
