package se.scb.dispatch.id;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * A compact map from recipients to a number of 0 or more, for sets of a million recipients. A
 * canonical id is twelve digits, so it is kept as a {@code long} key in an open-addressing table
 * with an {@code int} beside it: about 12 bytes a slot, at most half the slots used, some 25 MB for
 * a million recipients, where a {@code HashMap<RecipientId, ...>} takes several times that in
 * objects the collector must trace. Holds only digits, never prints them. Not thread-safe.
 */
public final class RecipientTable {

    /** What {@link #get} and {@link #putIfAbsent} answer for a recipient not in the table. */
    public static final int ABSENT = -1;

    private static final long EMPTY = -1L;
    private static final int INITIAL_CAPACITY = 1 << 10;
    // Fibonacci hashing: the multiplication spreads the digits over the high bits, which pick the slot.
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private long[] keys;
    private int[] values;
    private int shift;
    private int size;

    public RecipientTable() {
        allocate(INITIAL_CAPACITY);
    }

    /** The recipient's value, or {@link #ABSENT}. */
    public int get(RecipientId recipient) {
        long key = key(recipient);
        int slot = slotOf(key);
        return keys[slot] == key ? values[slot] : ABSENT;
    }

    /** Sets the recipient's value, replacing any earlier one. */
    public void put(RecipientId recipient, int value) {
        insert(key(recipient), value, true);
    }

    /**
     * Sets the recipient's value unless it has one.
     *
     * @return the value it had, or {@link #ABSENT} when it was added now
     */
    public int putIfAbsent(RecipientId recipient, int value) {
        return insert(key(recipient), value, false);
    }

    /** Adds every entry of {@code other}, its values changed by {@code mapping}, replacing values here. */
    public void putAll(RecipientTable other, IntUnaryOperator mapping) {
        if (isEmpty()) {
            copySlots(other);
            replaceValues(mapping);
            return;
        }
        for (int slot = 0; slot < other.keys.length; slot++) {
            if (other.keys[slot] != EMPTY) {
                insert(other.keys[slot], mapping.applyAsInt(other.values[slot]), true);
            }
        }
    }

    /** Changes every value at once, e.g. from where an entry was read to what it means. */
    public void replaceValues(IntUnaryOperator mapping) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                values[slot] = requireValue(mapping.applyAsInt(values[slot]));
            }
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int insert(long key, int value, boolean replace) {
        requireValue(value);
        if ((size + 1) * 2L > keys.length) {
            grow();
        }
        int slot = slotOf(key);
        if (keys[slot] == key) {
            int earlier = values[slot];
            if (replace) {
                values[slot] = value;
            }
            return earlier;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return ABSENT;
    }

    /** The slot that holds the key, or the empty slot where it belongs. */
    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * SPREAD) >>> shift);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Takes the other table's slots as they are: the same keys in a table of the same size hash to the same slots. */
    private void copySlots(RecipientTable other) {
        keys = other.keys.clone();
        values = other.values.clone();
        shift = other.shift;
        size = other.size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(keys.length * 2);
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != EMPTY) {
                int free = slotOf(oldKeys[slot]);
                keys[free] = oldKeys[slot];
                values[free] = oldValues[slot];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        shift = Long.numberOfLeadingZeros(capacity) + 1;
    }

    private static int requireValue(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("A value in a recipient table is 0 or more, was " + value);
        }
        return value;
    }

    /** The twelve canonical digits as a number; the canonical form is checked to be exactly that. */
    private static long key(RecipientId recipient) {
        String canonical = Objects.requireNonNull(recipient, "recipient").canonical();
        long key = 0;
        for (int i = 0; i < canonical.length(); i++) {
            key = key * 10 + (canonical.charAt(i) - '0');
        }
        return key;
    }
}
