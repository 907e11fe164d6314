package se.scb.dispatch.journal;

/** What the dispatch log records. */
public enum EventType {
    PLANNED,
    SENT,
    DELIVERED,
    REJECTED,
    RETRY_SCHEDULED,
    FAILED,
    HANDED_TO_PAPER,
    CANCELLED
}
