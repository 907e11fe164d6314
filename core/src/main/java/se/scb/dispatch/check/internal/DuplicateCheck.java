package se.scb.dispatch.check.internal;

import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.id.RecipientTable;

/**
 * The duplicate check: a recipient's letter goes with the first row that names it, whatever the
 * written form ({@code 121212-1212}, {@code 19121212-1212} and {@code 191212121212} are one person).
 * The recipients already seen in one pass are kept in a {@link RecipientTable}
 * (a canonical id fits a {@code long}), which holds a million recipients in about 25 MB where a
 * {@code HashSet<String>} would take several times that.
 */
public final class DuplicateCheck {

    private static final int SEEN = 0;
    private final RecipientTable table = new RecipientTable();

    /** Whether this is the first row with the recipient (the recipient is remembered). */
    public boolean isFirst(RecipientId recipient) {
        return table.putIfAbsent(recipient, SEEN) == RecipientTable.ABSENT;
    }

    int size() {
        return table.size();
    }
}
