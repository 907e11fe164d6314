package se.scb.dispatch.journal;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;

/**
 * Which lines of a dispatch log to read, a page at a time, in the order written.
 *
 * @param recipient only the lines of this recipient's letters
 * @param messageId only the lines of this letter
 * @param after     the cursor of the previous page; empty to start from the beginning
 * @param limit     lines per page, 1 to {@value #MAX_LIMIT}
 */
public record EventQuery(Optional<RecipientId> recipient, Optional<String> messageId, Optional<String> after, int limit) {

    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(after, "after");
        Paging.checkLimit(limit, MAX_LIMIT);
    }

    /** The whole log, {@value #DEFAULT_LIMIT} lines to a page. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    public EventQuery of(RecipientId who) {
        return new EventQuery(Optional.of(who), messageId, after, limit);
    }

    public EventQuery ofLetter(String message) {
        return new EventQuery(recipient, Optional.of(message), after, limit);
    }

    public EventQuery after(String cursor) {
        return new EventQuery(recipient, messageId, Optional.of(cursor), limit);
    }

    public EventQuery limit(int most) {
        return new EventQuery(recipient, messageId, after, most);
    }
}
