package se.scb.dispatch.journal;

/** What the dispatch log records. */
public enum EventType {
    /** The row entered the plan; the code is its reason, if it has one. */
    PLANNED,
    /** A runner took the letter under a lease; the detail names the runner. */
    CLAIMED,
    /** An attempt went to the operator. */
    SENT,
    /** The operator took the letter. */
    DELIVERED,
    /**
     * The operator refused the letter for good, or (for a reminder, asked again just before it goes) the
     * directory no longer finds its recipient reachable; the code is the answer.
     */
    REJECTED,
    /** A transient failure; the letter is due again later. */
    RETRY_SCHEDULED,
    /** The letter ends without being sent; the code is the reason. */
    FAILED,
    /** The letter was put in a print batch, which is about to be handed over. */
    PAPER_BATCHED,
    /** The paper channel took the batch the letter is in. */
    HANDED_TO_PAPER,
    /** The dispatch was cancelled before this letter went out. */
    CANCELLED,
    /** A runner gave the letter back without sending it (the dispatch was paused). */
    RELEASED
}
