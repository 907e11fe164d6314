package se.scb.dispatch.cost;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.validation.ValidationReport;

/**
 * What letters cost: estimated from a validation before sending, or counted from the journal after. Each
 * letter is priced by the list in force on the day it went out in Sweden; paper by its weight.
 */
public final class Costs {

    private Costs() {
    }

    /**
     * What the validated dispatch would cost if every letter went out on {@code day} as planned: digital
     * letters per operator, paper letters at {@code paperWeight} (empty: paper letters stay unpriced).
     */
    public static CostReport estimate(ValidationReport plan, LocalDate day, PriceList prices, Optional<PaperWeight> paperWeight) {
        CostTally tally = new CostTally();
        plan.operators().forEach((operator, letters) -> tally.digital(operator, day, letters));
        tally.paper(day, plan.count(Outcome.PAPER));
        return tally.priced(prices, paperWeight);
    }

    /**
     * What a dispatch has cost so far, read from the journal: each letter an operator took, on the day it
     * took it, and each letter the paper channel took, on the day its print batch was handed over. Letters
     * that failed or were cancelled cost nothing. Reads the letters and the log a page at a time.
     *
     * @throws IllegalArgumentException when the journal holds no such dispatch
     */
    public static CostReport actual(DispatchLog journal, String dispatchId, PriceList prices, Optional<PaperWeight> paperWeight) {
        CostTally tally = new CostTally();
        try (Stream<JournalEntry> delivered = journal.allLetters(dispatchId, LetterQuery.all().inStates(DeliveryState.DELIVERED))) {
            // A delivered letter's due time is the time the operator took it.
            delivered.forEach(letter -> tally.digital(letter.plan().operatorId().orElse(""), swedishDay(letter.dueAt()), 1));
        }
        Map<String, LocalDate> handedOverOn = new HashMap<>();
        try (Stream<JournalEvent> log = journal.allEvents(dispatchId, EventQuery.all())) {
            // A batch handed over again after a crash is still the batch of its first day; the event's code is the batch id.
            log.filter(event -> event.type() == EventType.HANDED_TO_PAPER)
                    .forEach(event -> handedOverOn.putIfAbsent(event.code(), swedishDay(event.at())));
        }
        journal.status(dispatchId).paperBatches().forEach((batch, letters) -> {
            LocalDate day = handedOverOn.get(batch);
            if (day == null) {
                throw new IllegalStateException("The journal counts letters in print batch " + batch + " of dispatch " + dispatchId
                        + " but its log has no hand-over of that batch.");
            }
            tally.paper(day, letters);
        });
        return tally.priced(prices, paperWeight);
    }

    private static LocalDate swedishDay(Instant at) {
        return LocalDate.ofInstant(at, RecipientId.SWEDEN);
    }
}
