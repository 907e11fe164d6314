package se.scb.dispatch.journal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.CaseResponse;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.spi.ProcessEvent;

/**
 * The journal's write and lease protocol, for the planner and the runner only: users read through
 * {@link se.scb.dispatch.journal.DispatchLog}.
 *
 * <p>Several runners, in one process or several, may share a journal: work is handed out by
 * {@link #claim} under a lease, and a runner that stops renewing its lease ({@link #heartbeat})
 * loses its letters to another runner. Implementations are thread-safe and pass the same contract suite.
 */
public interface JournalStore extends Journal {

    /** The write side of a journal the host opened; every journal this library makes has one. */
    static JournalStore of(Journal journal) {
        if (journal instanceof JournalStore store) {
            return store;
        }
        throw new IllegalArgumentException("The dispatcher writes only to journals made by JdbcJournal or Journal.inMemory(); was "
                + journal.getClass().getName() + ".");
    }

    /** Records a new dispatch, in state {@link DispatchState#PLANNING}. */
    void createDispatch(DispatchRecord dispatch);

    /**
     * Records the experiment of a dispatch just created, before its letters are planned; an experiment is never changed.
     *
     * @throws IllegalStateException when the dispatch has one already
     */
    void recordExperiment(String dispatchId, Experiment experiment);

    /**
     * Moves a dispatch to another state.
     *
     * @return false when it was in a final state (which never changes) or is unknown, or when asked to complete
     *         a dispatch whose plan is not complete (see {@link #addPlanPart})
     */
    boolean updateState(String dispatchId, DispatchState state, Instant at);

    /**
     * Moves a SCHEDULED dispatch to RUNNING, and nothing else: a runner starting to send must not undo a pause or a
     * cancel that came after it read the dispatch (with the plan in parts, while the plan is still being written).
     *
     * @return false, changing nothing, when the dispatch is not SCHEDULED
     */
    boolean startSending(String dispatchId, Instant at);

    /** Dispatches in a sending state with a letter due at {@code now}, or held by a runner whose lease ran out. */
    List<String> dispatchesWithDueWork(Instant now);

    /** Adds planned letters, all or none; rows failed in the plan are final from the start. */
    void addToPlan(List<JournalEntry> entries);

    /**
     * Adds one part of a dispatch's plan and records how far the plan has got, all or none, in one transaction:
     * the part's letters are claimable as soon as it returns, while later parts are still being planned. The
     * first part with letters, or the last part, moves a dispatch still in {@link DispatchState#PLANNING} to
     * {@link DispatchState#SCHEDULED}; a paused dispatch stays paused.
     *
     * <p>Until a part with {@link PlanProgress#complete()} is added, the dispatch cannot move to
     * {@link DispatchState#COMPLETED} and its status is not complete. A dispatch never given a progress (one planned
     * whole with {@link #addToPlan} before it left PLANNING) counts as planned once it has left PLANNING.
     *
     * @return false, writing nothing, when the dispatch is in a final state (cancelled while it was being planned)
     * @throws IllegalArgumentException when a row is already in the plan, or the dispatch is unknown
     */
    boolean addPlanPart(String dispatchId, List<JournalEntry> entries, PlanProgress progress);

    /** How far the dispatch's plan has got; empty for a dispatch planned without parts (see {@link #addPlanPart}). */
    Optional<PlanProgress> planProgress(String dispatchId);

    /**
     * Claims up to {@code max} letters of a sending dispatch: first those held by a runner whose lease
     * ran out, then those that are due; each group earliest due first and in row order among letters due
     * at the same time. They move to {@link DeliveryState#CLAIMED}, held by {@code owner}, whose lease
     * lasts until {@code now + lease}; no other claim returns them while it lasts. A dispatch that is not
     * sending gives none.
     */
    List<JournalEntry> claim(String dispatchId, String owner, Instant now, Duration lease, int max);

    /** Extends {@code owner}'s lease to {@code now + lease}: the owner is alive, and so are all the letters it holds. */
    void heartbeat(String owner, Instant now, Duration lease);

    /**
     * Writes letters' new states (settled, a retry due later, a paper batch chosen) and the log lines that
     * say why, all or none; a letter back in PLANNED is no longer held. The lines are appended in the order
     * given; lines need not belong to the letters written (an attempt sent changes no state).
     *
     * @throws IllegalStateException when any letter is already final (a settled letter never changes); then nothing is written
     */
    void recordAll(List<JournalEntry> updated, List<JournalEvent> events);

    /** As {@link #recordAll} for one letter. */
    default void record(JournalEntry updated, JournalEvent event) {
        recordAll(List.of(updated), List.of(event));
    }

    /** Appends a log line that changes no state (an attempt sent). */
    default void append(JournalEvent event) {
        recordAll(List.of(), List.of(event));
    }

    /** The letters of one print batch, in row order. */
    List<JournalEntry> paperBatch(String dispatchId, String batchId);

    /**
     * Cancels every letter of the dispatch that is not final and not held under a live lease, and moves
     * the dispatch to CANCELLED. Letters held by a live runner are settled by it.
     *
     * @return how many letters were cancelled
     */
    int cancel(String dispatchId, Instant now);

    /**
     * Removes the dispatch's personal data (identity numbers, variables, addresses, case ids) and keeps
     * its counts, states, reasons and log, so reports still add up.
     */
    void purgePersonalData(String dispatchId, Instant at);

    /**
     * Records what happened to cases on the survey's side, each kind of each case once with its earliest time:
     * the same event again, or events out of order, change nothing. Events of case ids no letter carries are kept too.
     */
    void recordCaseEvents(List<CaseEvent> events);

    /** Records that a case has answered: its {@link CaseEvent.Kind#RESPONDED}; a case may answer more than once (the first answer counts). */
    default void recordResponse(CaseResponse response) {
        recordCaseEvents(List.of(new CaseEvent(response.caseId(), CaseEvent.Kind.RESPONDED, response.at(), response.channel())));
    }

    /** Where polling the event feed of this operator stopped: the cursor stored last, if any. */
    Optional<String> eventCursor(String operator);

    /**
     * Stores an operator's process events, each kind of each letter once with its earliest time (a repeat or an
     * event out of order changes nothing), and then the operator's cursor, all or none: after a crash the
     * page comes again, and storing it again changes nothing.
     */
    void recordProcessEvents(String operator, List<ProcessEvent> events, Optional<String> cursor, Instant at);

    /** Those of the case ids that a letter of some dispatch in this journal carries. */
    Set<String> caseIdsWithLetters(Collection<String> caseIds);

    /**
     * Reserves {@code letters} consecutive sending slots of a paced dispatch, {@code spacing} apart, shared
     * by every runner of the journal: the first slot is the later of {@code now} and the end of the slots
     * reserved before.
     *
     * @return when the first reserved slot begins
     */
    Instant reserveSendingSlots(String dispatchId, int letters, Duration spacing, Instant now);
}
