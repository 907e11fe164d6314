package se.scb.dispatch.journal.internal;

import java.time.Instant;
import java.util.List;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;

/**
 * The log lines that tell how a letter entered the plan. They are not stored: the letter's plan says
 * all they say, and writing them would double what planning a million letters writes. Every journal
 * reads them from the plan the same way.
 */
public final class PlanLines {

    private PlanLines() {
    }

    /** A PLANNED line (the code is the plan's reason, the detail its outcome), then a FAILED one when the row failed its checks. */
    public static List<JournalEvent> of(JournalEntry entry, Instant plannedAt) {
        String reason = entry.plan().reason().map(ReasonCode::name).orElse("");
        JournalEvent planned = new JournalEvent(entry.dispatchId(), entry.messageId(), entry.row().number(), plannedAt, EventType.PLANNED, reason,
                entry.plan().outcome().name());
        if (entry.plan().outcome() != Outcome.FAILED) {
            return List.of(planned);
        }
        return List.of(planned, new JournalEvent(entry.dispatchId(), entry.messageId(), entry.row().number(), plannedAt, EventType.FAILED, reason,
                entry.plan().message()));
    }
}
