package se.scb.dispatch.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of an operator's process events, and where the next page starts.
 *
 * @param events events in the operator's order; repeats and events out of order are harmless
 * @param cursor where to go on from, passed back to {@link MailboxOperator#processEvents(Optional)} next time; the core
 *               keeps it in the journal only after it has stored the events, so a crash in between means the page
 *               comes again, never that events are lost. Opaque to the core: a position, a continuation token, a time
 * @param more   whether more events are ready at once (the core asks again straight away)
 */
public record ProcessEventBatch(List<ProcessEvent> events, Optional<String> cursor, boolean more) {

    public ProcessEventBatch {
        events = List.copyOf(events);
        Objects.requireNonNull(cursor, "cursor");
    }

    /** No events; the cursor stays where it was. */
    public static ProcessEventBatch none(Optional<String> cursor) {
        return new ProcessEventBatch(List.of(), cursor, false);
    }
}
