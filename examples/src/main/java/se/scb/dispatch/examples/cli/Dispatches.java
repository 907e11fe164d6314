package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;

/** Finding dispatches in the journal, and what a restarted program does with those left unfinished. */
final class Dispatches {

    /** More unfinished dispatches than anyone keeps at once; a bound the history query needs. */
    private static final int UNFINISHED_AT_MOST = 10_000;

    private Dispatches() {
    }

    /** @throws InputException when the journal has no dispatch with this id */
    static DispatchRecord existing(Journal journal, String dispatchId, JournalOption where) {
        return journal.dispatch(dispatchId).orElseThrow(() -> new InputException("No dispatch with id " + dispatchId + " in the journal "
                + where.shown() + "; 'dispatch history' lists the dispatches."));
    }

    /**
     * The dispatch with its counts and times, as the history tells them. The history is asked for
     * the microsecond the dispatch was created in (the journal keeps times to the microsecond), so
     * it need not list every dispatch.
     */
    static DispatchSummary summary(Journal journal, DispatchRecord dispatch) {
        Instant created = dispatch.createdAt().truncatedTo(ChronoUnit.MICROS);
        HistoryQuery thatMicrosecond = HistoryQuery.all().createdBetween(Optional.of(created), Optional.of(created.plus(1, ChronoUnit.MICROS)))
                .limit(UNFINISHED_AT_MOST);
        return journal.history(thatMicrosecond).stream()
                .filter(summary -> summary.dispatch().id().equals(dispatch.id()))
                .findFirst()
                .orElseGet(() -> new DispatchSummary(dispatch, journal.status(dispatch.id()), Optional.empty(), Optional.empty()));
    }

    /** The dispatches not in a final state, oldest first. */
    static List<DispatchRecord> unfinished(Dispatcher dispatcher) {
        EnumSet<DispatchState> open = EnumSet.noneOf(DispatchState.class);
        for (DispatchState state : DispatchState.values()) {
            if (!state.isFinal()) {
                open.add(state);
            }
        }
        return dispatcher.history(HistoryQuery.all().inStates(open).limit(UNFINISHED_AT_MOST)).stream()
                .map(summary -> summary.dispatch())
                .sorted(Comparator.comparing(DispatchRecord::createdAt))
                .toList();
    }

    /**
     * Cancels every unfinished dispatch of this name cut short before the first part of its plan was written (nothing
     * of it was sent), and returns the newest of the others, which can be sent on: scheduled, running or paused,
     * their plans complete or to be continued.
     *
     * @param notices where to say what was cancelled
     */
    static Optional<DispatchRecord> toGoOnWith(Dispatcher dispatcher, String name, PrintWriter notices) {
        Optional<DispatchRecord> goOn = Optional.empty();
        for (DispatchRecord dispatch : unfinished(dispatcher)) {
            if (!dispatch.name().equals(name)) {
                continue;
            }
            if (dispatch.state() == DispatchState.PLANNING) {
                notices.println(cancelInterruptedPlan(dispatcher, dispatch, "planning it anew."));
            } else {
                goOn = Optional.of(dispatch);
            }
        }
        notices.flush();
        return goOn;
    }

    /**
     * Cancels a dispatch cut short (by a crash) while still in PLANNING: its first part was never written (the part
     * that is written moves it on in the same transaction), or it was planned by a version that planned in one piece.
     * Nothing of it was sent either way.
     *
     * @param next what happens now, e.g. "send it again."
     * @return a line that says so
     */
    static String cancelInterruptedPlan(Dispatcher dispatcher, DispatchRecord dispatch, String next) {
        dispatcher.cancel(dispatch.id());
        return "Dispatch " + dispatch.id() + " '" + dispatch.name() + "': plan interrupted; " + next
                + " (Cancelled; nothing of it was sent.)";
    }
}
