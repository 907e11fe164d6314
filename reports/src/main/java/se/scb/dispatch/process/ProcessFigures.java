package se.scb.dispatch.process;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.process.internal.FiguresReader;
import se.scb.dispatch.spi.ProcessEvent;

/**
 * What happened to a dispatch's letters after they were sent, and who answered: per dispatch, per operator
 * and per channel. Read from the journal a page of letters at a time, so a dispatch of a million letters
 * is counted in little memory.
 *
 * @param operators the operators holding mailboxes among the letters, by id
 * @param all       every letter of the dispatch
 * @param byOperator by operator id: the letters planned to that operator's mailboxes
 * @param byChannel  by how the letter went: {@code digital} (delivered to a mailbox), {@code paper} (handed to the paper channel),
 *                   {@code none} (failed, cancelled, or not yet settled)
 * @param blockedAtLookup by operator name: the recipients whom the directory, when the dispatch was planned, named as
 *                   blocking the sender in their mailbox at that operator (their letters went on paper, so they are in
 *                   no operator's letters); those whose operator it did not name are counted in {@code all} only
 */
public record ProcessFigures(String dispatchId, List<OperatorLetters> operators, ProcessFacts all, Map<String, ProcessFacts> byOperator,
        Map<String, ProcessFacts> byChannel, Map<String, Long> blockedAtLookup) {

    public ProcessFigures {
        operators = List.copyOf(operators);
        byOperator = Map.copyOf(byOperator);
        byChannel = Map.copyOf(byChannel);
        blockedAtLookup = Collections.unmodifiableMap(new TreeMap<>(blockedAtLookup));
    }

    /**
     * Counts a dispatch of the dispatcher's journal, with "not provided" where its mailbox operator cannot tell
     * a fact (poll the operator's events first, {@code dispatcher.pollProcessEvents()}, for the newest).
     *
     * @throws IllegalArgumentException when the journal holds no dispatch with this id
     */
    public static ProcessFigures of(Dispatcher dispatcher, String dispatchId) {
        return of(dispatcher.dispatchLog(), dispatchId, dispatcher.operatorCapabilities().processEvents());
    }

    /**
     * Counts a dispatch of the journal.
     *
     * @param operatorEvents the kinds of process event the dispatch's operator gives ({@code capabilities().processEvents()})
     * @throws IllegalArgumentException when the journal holds no dispatch with this id
     */
    public static ProcessFigures of(DispatchLog journal, String dispatchId, Set<ProcessEvent.Kind> operatorEvents) {
        return new FiguresReader(journal, operatorEvents).read(dispatchId);
    }

    /** The dispatch's letters. */
    public long letters() {
        return all.letters();
    }
}
