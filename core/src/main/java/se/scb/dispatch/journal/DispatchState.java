package se.scb.dispatch.journal;

/** Where a dispatch stands as a whole. */
public enum DispatchState {
    /** The plan is being written; nothing is sent yet. */
    PLANNING(false),
    /** Planned; letters go out when they fall due. */
    SCHEDULED(false),
    /** Letters are going out. */
    RUNNING(false),
    /** Stopped by a person; no new letter goes out until it is resumed. */
    PAUSED(false),
    /** Every letter has settled. */
    COMPLETED(true),
    /** Stopped for good; letters not yet sent were cancelled. */
    CANCELLED(true);

    private final boolean isFinal;

    DispatchState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    public boolean isFinal() {
        return isFinal;
    }

    /** Whether runners may send this dispatch's letters. */
    public boolean isSending() {
        return this == SCHEDULED || this == RUNNING;
    }
}
