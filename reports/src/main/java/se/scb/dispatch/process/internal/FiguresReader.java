package se.scb.dispatch.process.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.LookupFacts;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.process.OperatorLetters;
import se.scb.dispatch.process.ProcessFacts;
import se.scb.dispatch.process.ProcessFigures;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.Reachability;

/**
 * Reads a dispatch's letters from the journal a page at a time, with their operators' and cases' events
 * for that page, and counts them into the figures: the memory it takes grows with the operators and the
 * minutes of the time figures, not with the letters.
 */
public final class FiguresReader {

    private static final int LETTERS_AT_A_TIME = 500;

    private final DispatchLog journal;
    private final Set<ProcessEvent.Kind> operatorEvents;

    public FiguresReader(DispatchLog journal, Set<ProcessEvent.Kind> operatorEvents) {
        this.journal = journal;
        this.operatorEvents = Set.copyOf(operatorEvents);
    }

    public ProcessFigures read(String dispatchId) {
        return read(dispatchId, letter -> { });
    }

    /**
     * Counts the figures and shows each letter, with its events, to {@code eachLetter} on the way: a report that needs
     * more of the letters than the figures hold reads them in the same pass instead of a second one.
     */
    public ProcessFigures read(String dispatchId, Consumer<LetterFacts> eachLetter) {
        journal.status(dispatchId);
        FactsTally all = tally();
        Map<String, FactsTally> byOperator = new TreeMap<>();
        Map<String, FactsTally> byChannel = new TreeMap<>();
        Map<String, String> operatorNames = new HashMap<>();
        Map<String, Long> blockedAtLookup = new TreeMap<>();
        try (Stream<JournalEntry> letters = journal.allLetters(dispatchId, LetterQuery.all().limit(LETTERS_AT_A_TIME))) {
            Iterator<JournalEntry> each = letters.iterator();
            while (each.hasNext()) {
                List<JournalEntry> page = new ArrayList<>(LETTERS_AT_A_TIME);
                while (each.hasNext() && page.size() < LETTERS_AT_A_TIME) {
                    page.add(each.next());
                }
                for (LetterFacts letter : withEvents(page)) {
                    all.add(letter);
                    eachLetter.accept(letter);
                    byChannel.computeIfAbsent(letter.channel(), any -> tally()).add(letter);
                    blockedOperator(letter.letter()).ifPresent(name -> blockedAtLookup.merge(name, 1L, Long::sum));
                    letter.letter().plan().mailbox().ifPresent(mailbox -> {
                        operatorNames.putIfAbsent(mailbox.operatorId(), mailbox.operatorName());
                        byOperator.computeIfAbsent(mailbox.operatorId(), any -> tally()).add(letter);
                    });
                }
            }
        }
        Map<String, ProcessFacts> operatorFacts = facts(byOperator);
        List<OperatorLetters> operators = operatorFacts.entrySet().stream()
                .map(operator -> new OperatorLetters(operator.getKey(), operatorNames.get(operator.getKey()), operator.getValue().letters(),
                        providedFacts(operator.getValue())))
                .toList();
        return new ProcessFigures(dispatchId, operators, all.facts(), operatorFacts, facts(byChannel), blockedAtLookup);
    }

    /** The operator at which the directory said the recipient blocks the sender, when it named one. */
    private static Optional<String> blockedOperator(JournalEntry letter) {
        return letter.lookup().filter(facts -> facts.status() == Reachability.Status.SENDER_BLOCKED)
                .flatMap(LookupFacts::operator).map(MailboxAddress::operatorName);
    }

    private FactsTally tally() {
        return new FactsTally(operatorEvents);
    }

    private static Map<String, ProcessFacts> facts(Map<String, FactsTally> tallies) {
        Map<String, ProcessFacts> facts = new LinkedHashMap<>();
        tallies.forEach((key, tally) -> facts.put(key, tally.facts()));
        return facts;
    }

    private static Set<Fact> providedFacts(ProcessFacts facts) {
        return facts.facts().entrySet().stream().filter(fact -> fact.getValue().provided()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Fact.class)));
    }

    private List<LetterFacts> withEvents(List<JournalEntry> page) {
        Map<String, Map<ProcessEvent.Kind, Instant>> operator = new HashMap<>();
        journal.processEvents(page.stream().filter(JournalEntry::isDigital).map(JournalEntry::messageId).toList())
                .forEach(event -> operator.computeIfAbsent(event.messageId(), any -> new EnumMap<>(ProcessEvent.Kind.class))
                        .put(event.kind(), event.at()));
        Map<String, Map<CaseEvent.Kind, Instant>> cases = new HashMap<>();
        journal.caseEvents(page.stream().map(letter -> letter.row().caseId()).filter(caseId -> !caseId.isEmpty()).toList())
                .forEach(event -> cases.computeIfAbsent(event.caseId(), any -> new EnumMap<>(CaseEvent.Kind.class)).put(event.kind(), event.at()));
        return page.stream()
                .map(letter -> new LetterFacts(letter, operator.getOrDefault(letter.messageId(), Map.of()),
                        cases.getOrDefault(letter.row().caseId(), Map.of())))
                .toList();
    }
}
