package se.scb.dispatch.journal;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.plan.PlanEntry;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.validation.Outcome;
import se.scb.dispatch.validation.RecipientOutcome;
import se.scb.dispatch.validation.ReasonCode;

/**
 * One recipient of a dispatch as the journal keeps it: the plan (row, outcome) and where the letter stands.
 *
 * @param messageId the same on every attempt, derived from the dispatch and the recipient
 * @param reason    the plan's reason, or the reason the letter failed when it was sent
 */
public record JournalEntry(
        String dispatchId,
        String messageId,
        PopulationRow row,
        RecipientOutcome plan,
        DeliveryState state,
        Optional<ReasonCode> reason,
        int attempts) {

    public JournalEntry {
        Objects.requireNonNull(dispatchId, "dispatchId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** A new entry for a planned row: FAILED rows are final from the start, the rest wait for a runner. */
    public static JournalEntry planned(String dispatchId, PlanEntry entry) {
        RecipientOutcome outcome = entry.outcome();
        String messageId = MessageIds.of(dispatchId, outcome);
        DeliveryState state = outcome.outcome() == Outcome.FAILED ? DeliveryState.FAILED : DeliveryState.PLANNED;
        return new JournalEntry(dispatchId, messageId, entry.row(), outcome, state, outcome.reason(), 0);
    }

    public Optional<RecipientId> recipient() {
        return plan.recipient();
    }

    public JournalEntry withState(DeliveryState newState, Optional<ReasonCode> newReason, int newAttempts) {
        return new JournalEntry(dispatchId, messageId, row, plan, newState, newReason, newAttempts);
    }

    @Override
    public String toString() {
        return "JournalEntry[dispatch=" + dispatchId + ", messageId=" + messageId + ", row=" + row.number()
                + ", recipient=" + recipient().map(RecipientId::masked).orElse("-") + ", state=" + state
                + reason.map(code -> ", reason=" + code).orElse("") + "]";
    }
}
