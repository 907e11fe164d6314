package se.scb.dispatch.plan.internal;

import java.time.Instant;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LookupFacts;
import se.scb.dispatch.model.Schedule;

/** A planned row as the journal keeps it: a letter with its message id, due when the schedule says. */
public final class PlannedLetters {

    private PlannedLetters() {
    }

    /** The letter of a planned row, due when its wave of the schedule starts. */
    public static JournalEntry of(String dispatchId, PlanEntry entry, Schedule schedule, Instant plannedAt) {
        String messageId = MessageIds.next();
        return JournalEntry.planned(dispatchId, messageId, entry.row(), entry.outcome(), schedule.dueAt(messageId, plannedAt), entry.reachability().map(LookupFacts::of));
    }

    /** The letter of a planned row, due at the given time. */
    public static JournalEntry dueAt(String dispatchId, PlanEntry entry, Instant dueAt) {
        return JournalEntry.planned(dispatchId, MessageIds.next(), entry.row(), entry.outcome(), dueAt, entry.reachability().map(LookupFacts::of));
    }
}
