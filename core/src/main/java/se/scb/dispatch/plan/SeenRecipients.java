package se.scb.dispatch.plan;

import java.util.Arrays;
import se.scb.dispatch.id.RecipientId;

/**
 * The recipients already seen in one pass, for the duplicate check. A canonical id is twelve digits,
 * so it fits a {@code long}: an open-addressing table of longs holds a million recipients in about
 * 16 MB where a {@code HashSet<String>} would take several times that.
 */
final class SeenRecipients {

    private static final long EMPTY = -1L;
    private long[] table = newTable(1 << 16);
    private int size;

    /** Adds the recipient; false when it was already there. */
    boolean add(RecipientId recipient) {
        long key = Long.parseLong(recipient.canonical());
        if ((size + 1) * 2L > table.length) {
            grow();
        }
        if (!insert(table, key)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != EMPTY) {
            if (table[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = key;
        return true;
    }

    private void grow() {
        long[] bigger = newTable(table.length * 2);
        for (long key : table) {
            if (key != EMPTY) {
                insert(bigger, key);
            }
        }
        table = bigger;
    }

    private static long[] newTable(int capacity) {
        long[] fresh = new long[capacity];
        Arrays.fill(fresh, EMPTY);
        return fresh;
    }
}
