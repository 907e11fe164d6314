package se.scb.dispatch.journal;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.scb.dispatch.id.RecipientId;

/**
 * Which letters of a dispatch to read, a page at a time, in row order.
 *
 * @param states    empty means every state
 * @param recipient only this recipient's letters (more than one when the source repeated the recipient)
 * @param after     the cursor of the previous page; empty to start from the first row
 * @param limit     letters per page, 1 to {@value #MAX_LIMIT}
 */
public record LetterQuery(Set<DeliveryState> states, Optional<RecipientId> recipient, Optional<String> after, int limit) {

    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 10_000;

    public LetterQuery {
        states = Set.copyOf(states);
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(after, "after");
        Paging.checkLimit(limit, MAX_LIMIT);
    }

    /** Every letter, {@value #DEFAULT_LIMIT} to a page. */
    public static LetterQuery all() {
        return new LetterQuery(Set.of(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT);
    }

    public LetterQuery inStates(Set<DeliveryState> wanted) {
        return new LetterQuery(wanted, recipient, after, limit);
    }

    public LetterQuery inStates(DeliveryState first, DeliveryState... more) {
        return inStates(Paging.setOf(first, more));
    }

    public LetterQuery of(RecipientId who) {
        return new LetterQuery(states, Optional.of(who), after, limit);
    }

    public LetterQuery after(String cursor) {
        return new LetterQuery(states, recipient, Optional.of(cursor), limit);
    }

    public LetterQuery limit(int most) {
        return new LetterQuery(states, recipient, after, most);
    }

    /** Whether a letter is one this query asks for (the cursor aside). */
    public boolean matches(JournalEntry entry) {
        return (states.isEmpty() || states.contains(entry.state())) && recipient.map(who -> entry.recipient().filter(who::equals).isPresent()).orElse(true);
    }
}
