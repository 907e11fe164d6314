package se.scb.dispatch.report.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import se.scb.dispatch.coverage.AgeGroups;
import se.scb.dispatch.coverage.Coverage;
import se.scb.dispatch.coverage.CoverageReport;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.process.internal.LetterFacts;
import se.scb.dispatch.report.DispatchReport.StateCount;
import se.scb.dispatch.report.TimeHistogram;
import se.scb.dispatch.spi.Reachability;

/**
 * What the report needs of the letters beyond the process figures, counted in the same pass: states and reasons,
 * the coverage of the recipients, the letters each share is of, the time histograms, and the arms. Keeps counts only.
 */
final class LetterTally {

    private static final Comparator<StateCount> OUTCOME_ORDER = Comparator.comparing(StateCount::state)
            .thenComparing(count -> count.reason().map(reason -> reason.ordinal() + 1).orElse(0));

    private final Map<DeliveryState, Map<Optional<ReasonCode>, Long>> outcomes = new TreeMap<>();
    private final Coverage coverage;
    private final HistogramTally toOpen = new HistogramTally();
    private final HistogramTally toResponse = new HistogramTally();
    private final Map<String, ArmTally> arms = new LinkedHashMap<>();
    private long letters;
    private long plannedDigital;
    private long deliveredDigitally;
    private long withCase;

    private final Function<JournalEntry, Optional<String>> armOf;

    LetterTally(AgeGroups ageGroups, LocalDate asOf, Function<JournalEntry, Optional<String>> armOf) {
        this.coverage = Coverage.tally(List.of(), ageGroups, asOf);
        this.armOf = armOf;
    }

    void add(LetterFacts letter) {
        JournalEntry entry = letter.letter();
        letters++;
        outcomes.computeIfAbsent(entry.state(), any -> new LinkedHashMap<>()).merge(entry.reason(), 1L, Long::sum);
        plannedDigital += letter.plannedDigital() ? 1 : 0;
        withCase += letter.hasCase() ? 1 : 0;
        letter.deliveredAt().ifPresent(delivered -> {
            deliveredDigitally++;
            letter.openedAt().ifPresent(opened -> toOpen.add(Duration.between(delivered, opened)));
            letter.respondedAt().ifPresent(responded -> toResponse.add(Duration.between(delivered, responded)));
        });
        entry.recipient().ifPresent(recipient -> directoryAnswer(entry).ifPresent(status -> coverage.add(recipient, status, Map.of())));
        armOf.apply(entry).ifPresent(arm -> arms.computeIfAbsent(arm, ArmTally::new).add(letter));
    }

    /**
     * What the directory answered for the letter's recipient, read back from the plan; empty when it was not asked
     * (a row that failed its checks, a repeated recipient, a paper-only letter) or did not answer.
     */
    private static Optional<Reachability.Status> directoryAnswer(JournalEntry entry) {
        if (entry.plan().outcome() == Outcome.DIGITAL) {
            return Optional.of(Reachability.Status.REACHABLE);
        }
        return entry.plan().reason().flatMap(reason -> switch (reason) {
            case NO_MAILBOX -> Optional.of(Reachability.Status.NO_MAILBOX);
            case SENDER_BLOCKED -> Optional.of(Reachability.Status.SENDER_BLOCKED);
            case MAILBOX_PENDING -> Optional.of(Reachability.Status.PENDING);
            default -> Optional.empty();
        });
    }

    List<StateCount> outcomes() {
        List<StateCount> counts = new ArrayList<>();
        outcomes.forEach((state, reasons) -> reasons.forEach((reason, count) -> counts.add(new StateCount(state, reason, count))));
        counts.sort(OUTCOME_ORDER);
        return counts;
    }

    /** The letters a fact's share is of: the same as the process figures' (see {@code FactsTally}). */
    long outOf(Fact fact) {
        return switch (fact) {
            case DELIVERED -> plannedDigital;
            case BLOCKED -> letters;
            case LOGGED_IN, RESPONDED -> withCase;
            default -> deliveredDigitally;
        };
    }

    CoverageReport coverage() {
        return coverage.report();
    }

    TimeHistogram timeToOpen() {
        return toOpen.histogram();
    }

    TimeHistogram timeToResponse() {
        return toResponse.histogram();
    }

    /** The arms met, in the order first met; empty when no letter had one. */
    Map<String, ArmTally> arms() {
        return arms;
    }
}
