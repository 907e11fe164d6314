package se.scb.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.internal.JournalStore;

/**
 * What a person does to dispatches that are already planned: pause, resume, cancel, purge, and ask
 * whether any work is left. Needs no operator or directory, so an operations tool can act on a journal
 * without the sending configuration; a {@link Dispatcher} offers the same.
 *
 * <p>Thread-safe.
 */
public final class DispatchControl {

    /** Sending dispatches looked at when asking whether runners still hold letters. */
    private static final int SENDING_AT_MOST = 10_000;

    private final JournalStore journal;
    private final Clock clock;

    private DispatchControl(JournalStore journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Control over the dispatches of a journal the host opened. */
    public static DispatchControl of(Journal journal, Clock clock) {
        return new DispatchControl(JournalStore.of(Objects.requireNonNull(journal, "journal")), Objects.requireNonNull(clock, "clock"));
    }

    public static DispatchControl of(Journal journal) {
        return of(journal, Clock.systemUTC());
    }

    /**
     * Stops a dispatch from sending new letters until {@link #resume}; letters in flight are answered.
     *
     * @return false when the dispatch is unknown or finished
     */
    public boolean pause(String dispatchId) {
        return journal.updateState(dispatchId, DispatchState.PAUSED, clock.instant());
    }

    /** Lets a paused dispatch send again; false when it is unknown or finished. */
    public boolean resume(String dispatchId) {
        return journal.updateState(dispatchId, DispatchState.RUNNING, clock.instant());
    }

    /**
     * Cancels a dispatch: letters already sent stay sent, the rest are cancelled (letters a live runner
     * holds are settled by it).
     *
     * @return how many letters were cancelled here
     * @throws IllegalArgumentException when the journal has no such dispatch
     */
    public int cancel(String dispatchId) {
        return journal.cancel(dispatchId, clock.instant());
    }

    /**
     * Removes a dispatch's personal data (identity numbers, variables, addresses, case ids); its counts,
     * states, reasons and log stay, so reports still add up.
     *
     * @throws IllegalArgumentException when the journal has no such dispatch
     */
    public void purgePersonalData(String dispatchId) {
        journal.purgePersonalData(dispatchId, clock.instant());
    }

    /**
     * Records what the product system reports of cases (logged in, started, responded), for reports and for
     * reminders, which go only to cases without a response. Each kind of each case is kept once, with its
     * earliest time: reporting the same events again changes nothing.
     *
     * @return the case ids among the events that no letter in the journal carries (their events are kept all the same), each once
     */
    public List<String> recordCaseEvents(List<CaseEvent> events) {
        List<CaseEvent> all = List.copyOf(events);
        journal.recordCaseEvents(all);
        Set<String> known = journal.caseIdsWithLetters(all.stream().map(CaseEvent::caseId).collect(Collectors.toSet()));
        return all.stream().map(CaseEvent::caseId).filter(caseId -> !known.contains(caseId)).distinct().toList();
    }

    /**
     * Whether nothing is left to do now: no letter of a sending dispatch is due inside its sending window,
     * and no runner (here or in another process) holds a letter.
     */
    public boolean isIdle() {
        Instant now = clock.instant();
        boolean due = journal.dispatchesWithDueWork(now).stream()
                .anyMatch(id -> journal.dispatch(id).map(dispatch -> dispatch.options().schedule().isOpen(now)).orElse(false));
        return !due && journal.history(HistoryQuery.all().inStates(EnumSet.of(DispatchState.SCHEDULED, DispatchState.RUNNING)).limit(SENDING_AT_MOST))
                .stream().noneMatch(summary -> summary.status().count(DeliveryState.CLAIMED) > 0);
    }
}
