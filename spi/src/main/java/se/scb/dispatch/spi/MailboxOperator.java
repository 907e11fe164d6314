package se.scb.dispatch.spi;

import java.time.Instant;
import java.util.List;
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

    /** Process events since the given time, where the operator has any. */
    default List<ProcessEvent> processEvents(Instant since) {
        return List.of();
    }
}
