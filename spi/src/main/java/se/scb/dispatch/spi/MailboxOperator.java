package se.scb.dispatch.spi;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Delivers rendered letters to digital mailboxes: Mina meddelanden's SecureDelivery to whichever
 * operator holds the mailbox, or an operator's own API. An adapter translates; it decides nothing
 * (retries, pacing and fallback are the core's).
 */
public interface MailboxOperator {

    /** What this operator takes. */
    OperatorCapabilities capabilities();

    /**
     * Sends one letter. Must be idempotent on {@link Letter#messageId()}: a repeat is acknowledged as
     * delivered and not shown twice to the recipient.
     *
     * <p>Faults the operator answered, and transport faults, complete the stage with a
     * {@link DeliveryResult}; a stage completed exceptionally is treated as a transient fault.
     */
    CompletionStage<DeliveryResult> deliver(Letter letter);

    /**
     * The next page of process events after the cursor (empty: from the first the operator still has). Operators
     * that report none ({@link OperatorCapabilities#processEvents()} empty) are never asked. The core keeps the
     * cursor in its journal under {@link #name()}, so polling goes on where it stopped, in this process or another.
     */
    default ProcessEventBatch processEvents(Optional<String> cursor) {
        return ProcessEventBatch.none(cursor);
    }

    /** A short stable name for this operator, e.g. {@code kivra}: the journal keeps its event cursor under it. */
    default String name() {
        return getClass().getSimpleName();
    }
}
