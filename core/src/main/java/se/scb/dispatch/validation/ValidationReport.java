package se.scb.dispatch.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;

/**
 * The counts of a validation: how many rows end where, and why. The rows themselves are streamed to
 * a listener as they are decided, so a report of a million rows stays small.
 *
 * @param arms the rows of each experiment arm by outcome, by arm name; empty without an experiment
 */
public record ValidationReport(
        long total,
        Map<Outcome, Long> outcomes,
        Map<ReasonCode, Long> reasons,
        Map<String, Long> operators,
        Map<String, Map<Outcome, Long>> arms) {

    public ValidationReport {
        outcomes = Map.copyOf(outcomes);
        reasons = Map.copyOf(reasons);
        operators = Map.copyOf(operators);
        // Ordered by arm name, so that two reports of the same experiment list their arms alike.
        Map<String, Map<Outcome, Long>> byArm = new TreeMap<>();
        arms.forEach((arm, counts) -> byArm.put(arm, Map.copyOf(counts)));
        arms = Collections.unmodifiableMap(byArm);
    }

    /** The counts of a dispatch without an experiment. */
    public ValidationReport(long total, Map<Outcome, Long> outcomes, Map<ReasonCode, Long> reasons, Map<String, Long> operators) {
        this(total, outcomes, reasons, operators, Map.of());
    }

    /** The rows an experiment arm was given, ending in this outcome (0 when none did, or the arm is unknown). */
    public long count(String arm, Outcome outcome) {
        return arms.getOrDefault(arm, Map.of()).getOrDefault(outcome, 0L);
    }

    public long count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    public long count(ReasonCode reason) {
        return reasons.getOrDefault(reason, 0L);
    }

    /** Adds outcomes up, one row at a time. Not thread-safe: one tally per pass. */
    public static final class Tally {
        private long total;
        private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        private final Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        private final Map<String, Long> operators = new TreeMap<>();
        private final Map<String, Map<Outcome, Long>> arms = new TreeMap<>();

        public void add(RecipientOutcome outcome) {
            add(outcome, Optional.empty());
        }

        /** Adds a row's outcome, under the experiment arm it was given, if any. */
        public void add(RecipientOutcome outcome, Optional<String> arm) {
            arm.ifPresent(name -> arms.computeIfAbsent(name, any -> new EnumMap<>(Outcome.class)).merge(outcome.outcome(), 1L, Long::sum));
            total++;
            outcomes.merge(outcome.outcome(), 1L, Long::sum);
            outcome.reason().ifPresent(code -> reasons.merge(code, 1L, Long::sum));
            outcome.operatorId().ifPresent(id -> operators.merge(id, 1L, Long::sum));
        }

        public ValidationReport report() {
            Map<Outcome, Long> allOutcomes = new EnumMap<>(Outcome.class);
            for (Outcome each : Outcome.values()) {
                allOutcomes.put(each, outcomes.getOrDefault(each, 0L));
            }
            return new ValidationReport(total, allOutcomes, reasons, operators, arms);
        }
    }
}
