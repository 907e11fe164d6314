package se.scb.dispatch.plan;

import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.id.RecipientTable;

/**
 * The recipients already seen in one pass, for the duplicate check. Kept in a {@link RecipientTable}
 * (a canonical id fits a {@code long}), which holds a million recipients in about 25 MB where a
 * {@code HashSet<String>} would take several times that.
 */
final class SeenRecipients {

    private static final int SEEN = 0;
    private final RecipientTable table = new RecipientTable();

    /** Adds the recipient; false when it was already there. */
    boolean add(RecipientId recipient) {
        return table.putIfAbsent(recipient, SEEN) == RecipientTable.ABSENT;
    }

    int size() {
        return table.size();
    }
}
