package se.scb.dispatch.spi;

import java.util.Optional;
import java.util.OptionalInt;
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

    /**
     * The most letters this adapter keeps open to its operator at once, when it bounds them itself
     * (its {@code max-in-flight} setting). The runner then keeps no more in flight than this, so the
     * two bounds agree and no letter waits inside the adapter; an adapter without a bound of its own
     * leaves it empty and the runner uses {@code RunSettings.maxInFlightPerOperator}.
     */
    default OptionalInt maxInFlight() {
        return OptionalInt.empty();
    }
}
