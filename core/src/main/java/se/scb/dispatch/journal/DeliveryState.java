package se.scb.dispatch.journal;

/** Where one recipient's letter stands. */
public enum DeliveryState {
    /** In the plan, not yet picked up by a runner. */
    PLANNED(false),
    /** Picked up by a runner: being rendered, sent or waiting for a retry. */
    CLAIMED(false),
    /** Taken by the operator. */
    DELIVERED(true),
    /** Taken by the paper channel. */
    HANDED_TO_PAPER(true),
    /** Ends without a letter; the entry's reason says why. */
    FAILED(true),
    /** The dispatch was cancelled before this letter went out. */
    CANCELLED(true);

    private final boolean isFinal;

    DeliveryState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** Whether the letter's fate is settled: nothing will change it again. */
    public boolean isFinal() {
        return isFinal;
    }
}
