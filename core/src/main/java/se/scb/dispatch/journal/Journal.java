package se.scb.dispatch.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;

/**
 * The one truth about dispatches: each dispatch, its plan, where each letter stands, and the
 * append-only dispatch log. Status, history, resume after a crash and reports are read from here.
 *
 * <p>Several runners, in one process or several, may share a journal: work is handed out by
 * {@link #claim} under a lease, and a lease not renewed by {@link #heartbeat} runs out so another
 * runner takes the work over. Implementations are thread-safe.
 */
public interface Journal {

    /** Records a new dispatch, in state {@link DispatchState#PLANNING}. */
    void createDispatch(DispatchRecord dispatch);

    Optional<DispatchRecord> dispatch(String dispatchId);

    /**
     * Moves a dispatch to another state.
     *
     * @return false when it was in a final state (which never changes) or is unknown
     */
    boolean updateState(String dispatchId, DispatchState state, Instant at);

    /** Dispatches newest first, with their counts and times. */
    List<DispatchSummary> history(HistoryQuery query);

    /** Dispatches in a sending state with a letter due at {@code now}, or a lease run out. */
    List<String> dispatchesWithDueWork(Instant now);

    /** Adds planned rows, each with a {@link EventType#PLANNED} event (and a FAILED one for rows failed in the plan). */
    void addToPlan(List<JournalEntry> entries, Instant at);

    /**
     * Claims up to {@code max} letters of a sending dispatch: first those whose lease ran out (in row
     * order), then those that are due, earliest due first and in row order among letters due at the same
     * time (the order a database index gives without sorting a whole dispatch). They move to
     * {@link DeliveryState#CLAIMED} under a lease held by {@code owner} until {@code now + lease}; no
     * other claim returns them while it lasts. A dispatch that is not sending gives none.
     */
    List<JournalEntry> claim(String dispatchId, String owner, Instant now, Duration lease, int max);

    /** Extends the leases {@code owner} holds to {@code now + lease}: the owner is alive. */
    void heartbeat(String owner, Instant now, Duration lease);

    /**
     * Writes an entry's new state (a settled letter, a retry due later, a paper batch chosen) and the
     * event that says why, as one step; a letter back in PLANNED loses its lease.
     *
     * @throws IllegalStateException when the entry is already final: a settled letter never changes
     */
    void record(JournalEntry updated, JournalEvent event);

    /**
     * As {@link #record} for several entries, all or none: e.g. every letter of a print batch. The
     * events are appended in the order given, after the entries are written.
     *
     * @throws IllegalStateException when any entry is already final; then nothing is written
     */
    void recordAll(List<JournalEntry> updated, List<JournalEvent> events);

    /** The letters of one print batch, in row order. */
    List<JournalEntry> paperBatch(String dispatchId, String batchId);

    /** Appends an event that changes no state (an attempt sent). */
    void append(JournalEvent event);

    /**
     * Cancels every letter of the dispatch that is not final and not held under a live lease, and
     * moves the dispatch to CANCELLED. Letters held by a runner are settled by it.
     *
     * @return how many letters were cancelled
     */
    int cancel(String dispatchId, Instant now);

    DispatchStatus status(String dispatchId);

    /** The dispatch log, in the order written. */
    List<JournalEvent> events(String dispatchId);

    /** The log lines of one letter, in the order written. */
    List<JournalEvent> events(String dispatchId, String messageId);

    /** The entries of a dispatch, in row order. */
    List<JournalEntry> entries(String dispatchId);

    /** The entries of one recipient in a dispatch (more than one when the source repeated the recipient). */
    List<JournalEntry> entriesOf(String dispatchId, RecipientId recipient);

    /**
     * Removes the dispatch's personal data (identity numbers, variables, addresses) and keeps its
     * counts, states, reasons and events, so reports still add up.
     */
    void purgePersonalData(String dispatchId, Instant at);

    /** Records that a case has answered; a case may answer more than once (the first answer counts). */
    void recordResponse(CaseResponse response);

    /** The first answer of a case, if it has answered. */
    Optional<CaseResponse> response(String caseId);
}
