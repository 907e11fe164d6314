package se.scb.dispatch.journal;

import java.util.List;
import java.util.Optional;

/**
 * The one truth about dispatches: the plan, where each letter stands, and the dispatch log.
 * Status, history, resume and reports are read from here, never from memory elsewhere.
 * Implementations are thread-safe.
 */
public interface Journal {

    /** Records a new dispatch. */
    void createDispatch(DispatchRecord dispatch);

    Optional<DispatchRecord> dispatch(String dispatchId);

    /** Adds planned rows, each with a {@link EventType#PLANNED} event (and a FAILED one for rows failed in the plan). */
    void addToPlan(List<JournalEntry> entries);

    /**
     * Claims up to {@code max} planned entries for sending, in row order: they move to
     * {@link DeliveryState#CLAIMED} and no other claim returns them.
     */
    List<JournalEntry> claim(String dispatchId, int max);

    /**
     * Moves one entry to a new state and appends the event that says why, as one step.
     *
     * @throws IllegalStateException when the entry is already final: a settled letter never changes
     */
    void record(JournalEntry updated, JournalEvent event);

    /** Appends an event that does not change the state (a sent attempt, a scheduled retry). */
    void append(JournalEvent event);

    DispatchStatus status(String dispatchId);

    /** The dispatch log, in the order written. */
    List<JournalEvent> events(String dispatchId);

    /** The entries of a dispatch, in row order. */
    List<JournalEntry> entries(String dispatchId);
}
