package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.spi.Reachability.Status;

/**
 * One letter of a dispatch as the journal keeps it: the plan (row, outcome) and where the letter stands.
 *
 * @param messageId  the same on every attempt, derived from the dispatch and the recipient
 * @param reason     the plan's reason, or the reason the letter failed (or went to paper) when it was sent
 * @param attempts   delivery attempts made so far
 * @param dueAt      the letter is not sent before this (its wave's start, or the time of its next retry); once
 *                   delivered, when it was delivered (a paper follow-up counts its days from then)
 * @param paperBatch the print batch the letter was put in, once it was; a letter keeps its batch
 *                   after a crash, so the batch is handed over again whole and never split
 * @param lookup     what the recipient directory said of the recipient when the letter was planned (the operator
 *                   and since when of a blocked or pending account too), for a letter that was looked up; a letter
 *                   planned for a mailbox always has it (REACHABLE at that mailbox, when not handed in)
 * @param arm        the experiment arm the letter was given, when its dispatch has an experiment and the row took part
 */
public record JournalEntry(
        String dispatchId,
        String messageId,
        PopulationRow row,
        RecipientOutcome plan,
        DeliveryState state,
        Optional<ReasonCode> reason,
        int attempts,
        Instant dueAt,
        Optional<String> paperBatch,
        Optional<LookupFacts> lookup,
        Optional<String> arm) {

    public JournalEntry {
        Objects.requireNonNull(dispatchId, "dispatchId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(paperBatch, "paperBatch");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(arm, "arm");
        if (lookup.isEmpty() && plan.outcome() == Outcome.DIGITAL) {
            // A letter planned for a mailbox was found reachable there, whether or not the answer was handed in.
            lookup = Optional.of(new LookupFacts(Status.REACHABLE, plan.mailbox(), Optional.empty()));
        }
    }

    /** A letter without the directory's answer and outside any experiment (one not looked up, or read where neither is kept). */
    public JournalEntry(String dispatchId, String messageId, PopulationRow row, RecipientOutcome plan, DeliveryState state,
            Optional<ReasonCode> reason, int attempts, Instant dueAt, Optional<String> paperBatch) {
        this(dispatchId, messageId, row, plan, state, reason, attempts, dueAt, paperBatch, Optional.empty(), Optional.empty());
    }

    /**
     * A new letter of a plan: a row that failed its checks is final from the start, the rest wait for a
     * runner until {@code dueAt}.
     */
    public static JournalEntry planned(String dispatchId, String messageId, PopulationRow row, RecipientOutcome outcome, Instant dueAt) {
        return planned(dispatchId, messageId, row, outcome, dueAt, Optional.empty());
    }

    /** A new letter of a plan, with what the directory said of its recipient. */
    public static JournalEntry planned(String dispatchId, String messageId, PopulationRow row, RecipientOutcome outcome, Instant dueAt,
            Optional<LookupFacts> lookup) {
        DeliveryState state = outcome.outcome() == Outcome.FAILED ? DeliveryState.FAILED : DeliveryState.PLANNED;
        return new JournalEntry(dispatchId, messageId, row, outcome, state, outcome.reason(), 0, dueAt, Optional.empty(), lookup, Optional.empty());
    }

    public Optional<RecipientId> recipient() {
        return plan.recipient();
    }

    /** Whether the letter goes (or went) to a digital mailbox according to the plan. */
    public boolean isDigital() {
        return plan.outcome() == Outcome.DIGITAL;
    }

    public JournalEntry settled(DeliveryState finalState, Optional<ReasonCode> finalReason) {
        return new JournalEntry(dispatchId, messageId, row, plan, finalState, finalReason, attempts, dueAt, paperBatch, lookup, arm);
    }

    /** Delivered at {@code at}. */
    public JournalEntry delivered(Instant at) {
        return new JournalEntry(dispatchId, messageId, row, plan, DeliveryState.DELIVERED, Optional.empty(), attempts, at, paperBatch, lookup, arm);
    }

    /** The entry after one more attempt, due again at {@code next} (a retry). */
    public JournalEntry retryAt(Instant next, int attemptsMade) {
        return new JournalEntry(dispatchId, messageId, row, plan, DeliveryState.PLANNED, reason, attemptsMade, next, paperBatch, lookup, arm);
    }

    public JournalEntry withAttempts(int attemptsMade) {
        return new JournalEntry(dispatchId, messageId, row, plan, state, reason, attemptsMade, dueAt, paperBatch, lookup, arm);
    }

    /** Bound for paper after all, e.g. after digital delivery failed for good; {@code why} says why. */
    public JournalEntry inPaperBatch(String batchId, Optional<ReasonCode> why) {
        return new JournalEntry(dispatchId, messageId, row, plan, state, why, attempts, dueAt, Optional.of(batchId), lookup, arm);
    }

    /** The letter in the given experiment arm. */
    public JournalEntry inArm(Optional<String> armName) {
        return new JournalEntry(dispatchId, messageId, row, plan, state, reason, attempts, dueAt, paperBatch, lookup, armName);
    }

    @Override
    public String toString() {
        return "JournalEntry[dispatch=" + dispatchId + ", messageId=" + messageId + ", row=" + row.number()
                + ", recipient=" + recipient().map(RecipientId::masked).orElse("-") + ", state=" + state
                + reason.map(code -> ", reason=" + code).orElse("") + arm.map(name -> ", arm=" + name).orElse("") + "]";
    }
}
