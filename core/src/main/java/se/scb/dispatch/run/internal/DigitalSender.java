package se.scb.dispatch.run.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Faults;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;

/**
 * Puts digital letters on the wire: paced, with no more than the limit in flight per operator, each
 * delivery bounded by a time-out. Whatever happens to a delivery (an answer, no answer in time, an
 * adapter that throws) comes back as one {@link DeliveryResult}, so the caller has one path to handle.
 *
 * <p>{@link #send} is called from one thread (the runner's); answers come back on the operator's.
 */
final class DigitalSender {

    private static final Logger LOG = LoggerFactory.getLogger(DigitalSender.class);
    /** How often a sender blocked on a permit or on answers lets the caller do its chores (write answers). */
    static final Duration CHORE_INTERVAL = Duration.ofMillis(200);

    private final MailboxOperator operator;
    private final Function<String, Semaphore> permitsPerOperator;
    private final Duration timeout;
    private final Optional<Pacer> pacer;
    private final AtomicLong awaiting = new AtomicLong();

    /**
     * @param permitsPerOperator the in-flight permits of an operator id, shared by every dispatch of the runner
     * @param pacer              spaces the letters out, when the dispatch has a rate
     */
    DigitalSender(MailboxOperator operator, Function<String, Semaphore> permitsPerOperator, Duration timeout, Optional<Pacer> pacer) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.permitsPerOperator = Objects.requireNonNull(permitsPerOperator, "permitsPerOperator");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
    }

    /**
     * Waits for the letter's slot in the pace and a permit for its operator, then starts its delivery;
     * {@code onAnswer} is called once, on another thread, with the outcome.
     *
     * @param chores run now and then while waiting for a permit
     */
    void send(Letter letter, String operatorId, Runnable chores, Consumer<DeliveryResult> onAnswer) throws InterruptedException {
        if (pacer.isPresent()) {
            Thread.sleep(pacer.get().reserve().toMillis());
        }
        Semaphore permits = permitsPerOperator.apply(operatorId);
        while (!permits.tryAcquire(CHORE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
            chores.run();
        }
        awaiting.incrementAndGet();
        deliver(letter).whenComplete((result, error) -> {
            permits.release();
            try {
                onAnswer.accept(result != null ? result : transportFault(error));
            } catch (RuntimeException e) {
                // The journal could not take the answer; the lease runs out and the letter is sent again under the same id.
                LOG.error("Could not record the answer for letter {}: {}", letter.messageId(), e.getMessage());
            } finally {
                awaiting.decrementAndGet();
            }
        });
    }

    /** Letters started and not yet answered. */
    long awaiting() {
        return awaiting.get();
    }

    /** Returns when every letter started has been answered, running {@code chores} while it waits. */
    void awaitAnswers(Runnable chores) throws InterruptedException {
        while (awaiting.get() > 0) {
            chores.run();
            Thread.sleep(10);
        }
    }

    private CompletableFuture<DeliveryResult> deliver(Letter letter) {
        try {
            return operator.deliver(letter).toCompletableFuture().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A delivery that ended without an answer: a transient failure, a time-out or the transport's fault, described without personal data. */
    static DeliveryResult transportFault(Throwable error) {
        Throwable cause = Faults.rootOf(error);
        if (cause instanceof TimeoutException) {
            return DeliveryResult.transientFailure("TIMEOUT", "The operator did not answer in time.", Optional.empty());
        }
        return DeliveryResult.transientFailure("TRANSPORT", "The delivery failed: " + Faults.describe(cause), Optional.empty());
    }
}
