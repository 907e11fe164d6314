package se.scb.dispatch.journal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.spi.ProcessEvent;

/**
 * The journal as users and reports read it: dispatches and their history, each dispatch's status,
 * its letters and its log, and the answers the product system reported. Read-only: nothing here can
 * change a dispatch, so a report or a dashboard can never disturb a running one.
 *
 * <p>Nothing here reads a whole dispatch into memory. The status is counted by the journal, and
 * letters and log lines come a page at a time: pass a page's {@link Page#next() cursor} to the next
 * query, or use {@link #allLetters} and {@link #allEvents}, which page as they are read.
 *
 * <p>Thread-safe.
 */
public interface DispatchLog {

    Optional<DispatchRecord> dispatch(String dispatchId);

    /**
     * The experiment of a dispatch planned with one: its seed, strata and arms (each arm's letters carry its name,
     * {@link JournalEntry#arm()}, and the status counts them, {@link DispatchStatus#arms()}). The journals this library
     * makes keep it; the default, for a read-only view written before experiments, has none.
     */
    default Optional<Experiment> experiment(String dispatchId) {
        return Optional.empty();
    }

    /** Dispatches newest first, with their counts and times. */
    List<DispatchSummary> history(HistoryQuery query);

    /**
     * How far a dispatch has come: letters per state, reason and operator, counted by the journal.
     *
     * @throws IllegalArgumentException when the journal holds no dispatch with this id
     */
    DispatchStatus status(String dispatchId);

    /**
     * One page of a dispatch's letters in row order.
     *
     * @throws IllegalArgumentException when the journal holds no dispatch with this id, or the cursor is not one of its pages'
     */
    Page<JournalEntry> letters(String dispatchId, LetterQuery query);

    /**
     * One page of the dispatch log in the order written: first each letter's plan (a {@link EventType#PLANNED}
     * line, and a {@link EventType#FAILED} one for a row that failed its checks), in row order; then
     * everything that happened when sending.
     *
     * @throws IllegalArgumentException when the journal holds no dispatch with this id, or the cursor is not one of its pages'
     */
    Page<JournalEvent> events(String dispatchId, EventQuery query);

    /** The first answer of a case, if it has answered: its {@link CaseEvent.Kind#RESPONDED} event. */
    default Optional<CaseResponse> response(String caseId) {
        return caseEvents(List.of(caseId)).stream()
                .filter(event -> event.kind() == CaseEvent.Kind.RESPONDED)
                .findFirst()
                .map(event -> new CaseResponse(event.caseId(), event.at(), event.channel().isEmpty() ? "unknown" : event.channel()));
    }

    /**
     * What the product system reported of these cases: each kind of each case once, with its earliest time,
     * in no particular order. Ask for a few hundred cases at a time.
     */
    List<CaseEvent> caseEvents(Collection<String> caseIds);

    /**
     * What operators reported of these letters: each kind of each letter once, with its earliest time, in no
     * particular order. Ask for a few hundred letters at a time.
     */
    List<ProcessEvent> processEvents(Collection<String> messageIds);

    /** Every letter the query matches from its cursor on, read a page at a time as the stream is consumed. */
    default Stream<JournalEntry> allLetters(String dispatchId, LetterQuery query) {
        return paged(cursor -> letters(dispatchId, cursor.map(query::after).orElse(query)));
    }

    /** Every log line the query matches from its cursor on, read a page at a time as the stream is consumed. */
    default Stream<JournalEvent> allEvents(String dispatchId, EventQuery query) {
        return paged(cursor -> events(dispatchId, cursor.map(query::after).orElse(query)));
    }

    private static <T> Stream<T> paged(Function<Optional<String>, Page<T>> read) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator<>(read), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }
}
