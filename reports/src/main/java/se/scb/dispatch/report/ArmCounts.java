package se.scb.dispatch.report;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What one arm of an experiment counted: the input the experiment's figures are computed from.
 *
 * @param letters   the arm's letters, at least 1
 * @param responded of them, the cases that responded
 * @param opened    of them, the letters opened; empty where the operator cannot tell
 * @param delivered of them, the letters delivered to a digital mailbox; empty where not known
 */
public record ArmCounts(String name, long letters, long responded, OptionalLong opened, OptionalLong delivered) {

    public ArmCounts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(delivered, "delivered");
        if (letters < 1) {
            throw new IllegalArgumentException("Arm '" + name + "' needs at least one letter, not " + letters);
        }
        checkWithin(name, "responded", responded, letters);
        opened.ifPresent(count -> checkWithin(name, "opened", count, letters));
        delivered.ifPresent(count -> checkWithin(name, "delivered", count, letters));
    }

    /** An arm with letters and responses only. */
    public static ArmCounts of(String name, long letters, long responded) {
        return new ArmCounts(name, letters, responded, OptionalLong.empty(), OptionalLong.empty());
    }

    public ArmCounts withOpened(long count) {
        return new ArmCounts(name, letters, responded, OptionalLong.of(count), delivered);
    }

    public ArmCounts withDelivered(long count) {
        return new ArmCounts(name, letters, responded, opened, OptionalLong.of(count));
    }

    private static void checkWithin(String arm, String what, long count, long letters) {
        if (count < 0 || count > letters) {
            throw new IllegalArgumentException("Arm '" + arm + "': " + what + " must be within 0.." + letters + ", not " + count);
        }
    }
}
