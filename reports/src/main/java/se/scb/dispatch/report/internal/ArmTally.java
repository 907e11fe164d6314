package se.scb.dispatch.report.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.process.internal.LetterFacts;
import se.scb.dispatch.report.ArmCounts;

/** One arm's letters as they stream past: the counts of its rates, and what its cost is made of. */
final class ArmTally {

    private final String name;
    private long letters;
    private long responded;
    private long opened;
    private long delivered;
    /** Delivered letters per operator and Swedish day: a digital letter is priced by its operator on the day it was taken. */
    private final Map<String, Map<LocalDate, Long>> digital = new HashMap<>();
    /** Letters per print batch: a paper letter is priced on the day its batch was handed over. */
    private final Map<String, Long> paperBatches = new HashMap<>();

    ArmTally(String name) {
        this.name = name;
    }

    void add(LetterFacts letter) {
        letters++;
        responded += letter.holds(Fact.RESPONDED) ? 1 : 0;
        opened += letter.holds(Fact.OPENED) ? 1 : 0;
        delivered += letter.holds(Fact.DELIVERED) ? 1 : 0;
        if (letter.letter().state() == DeliveryState.DELIVERED) {
            digital.computeIfAbsent(letter.letter().plan().operatorId().orElse(""), any -> new HashMap<>())
                    .merge(LocalDate.ofInstant(letter.letter().dueAt(), RecipientId.SWEDEN), 1L, Long::sum);
        }
        if (letter.letter().state() == DeliveryState.HANDED_TO_PAPER) {
            letter.letter().paperBatch().ifPresent(batch -> paperBatches.merge(batch, 1L, Long::sum));
        }
    }

    ArmCounts counts(boolean openedProvided) {
        ArmCounts counts = ArmCounts.of(name, letters, responded).withDelivered(delivered);
        return openedProvided ? counts.withOpened(opened) : counts;
    }

    String name() {
        return name;
    }

    Map<String, Map<LocalDate, Long>> digital() {
        return digital;
    }

    Map<String, Long> paperBatches() {
        return paperBatches;
    }
}
