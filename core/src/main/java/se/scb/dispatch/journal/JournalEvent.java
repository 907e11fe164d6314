package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the dispatch log. Append-only: an event is never changed once written.
 *
 * @param code   the operator's answer code or the reason code, empty when there is none
 * @param detail a sentence without personal data
 */
public record JournalEvent(String dispatchId, String messageId, long row, Instant at, EventType type, String code, String detail) {

    public JournalEvent {
        Objects.requireNonNull(dispatchId, "dispatchId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        code = code == null ? "" : code;
        detail = detail == null ? "" : detail;
    }
}
