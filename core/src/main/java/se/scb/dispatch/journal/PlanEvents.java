package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.List;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;

/** The log lines that record a row entering the plan; every journal writes the same ones. */
public final class PlanEvents {

    private PlanEvents() {
    }

    /** A PLANNED event, followed by a FAILED one when the row failed its checks. */
    public static List<JournalEvent> of(JournalEntry entry, Instant at) {
        String reason = entry.reason().map(ReasonCode::name).orElse("");
        JournalEvent planned = new JournalEvent(entry.dispatchId(), entry.messageId(), entry.row().number(), at,
                EventType.PLANNED, reason, entry.plan().outcome().name());
        if (entry.plan().outcome() != Outcome.FAILED) {
            return List.of(planned);
        }
        return List.of(planned, new JournalEvent(entry.dispatchId(), entry.messageId(), entry.row().number(), at,
                EventType.FAILED, reason, entry.plan().message()));
    }
}
