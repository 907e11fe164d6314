package se.scb.dispatch.plan.internal;

import java.time.Instant;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LookupFacts;
import se.scb.dispatch.model.Schedule;

/** A planned row as the journal keeps it: a letter with its message id, due when the schedule says. */
public final class PlannedLetters {

    private PlannedLetters() {
    }

    /**
     * The letter of a planned row, due when its wave of the schedule starts, or at its experiment arm's send time
     * when the arm has one; it keeps its arm.
     */
    public static JournalEntry of(String dispatchId, PlanEntry entry, Schedule schedule, Instant plannedAt) {
        String messageId = MessageIds.next();
        Instant dueAt = entry.arm().flatMap(Experiment.Arm::sendAt).orElseGet(() -> schedule.dueAt(messageId, plannedAt));
        return JournalEntry.planned(dispatchId, messageId, entry.row(), entry.outcome(), dueAt, entry.reachability().map(LookupFacts::of))
                .inArm(entry.arm().map(Experiment.Arm::name));
    }

    /** The letter of a planned row, due at the given time. */
    public static JournalEntry dueAt(String dispatchId, PlanEntry entry, Instant dueAt) {
        return JournalEntry.planned(dispatchId, MessageIds.next(), entry.row(), entry.outcome(), dueAt, entry.reachability().map(LookupFacts::of));
    }
}
