package se.scb.dispatch.journal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.scb.dispatch.model.ReasonCode;

/**
 * How far a dispatch has come, as counted by the journal.
 *
 * @param states    a count for every state, zero included
 * @param reasons   a count per reason: of each settled letter its final reason, of each letter not yet
 *                  settled the reason the plan gave it (paper and failed rows, failures when sending)
 * @param operators    letters per operator id, as planned (digital letters only)
 * @param paperBatches letters handed to paper per print batch id
 * @param arms         each experiment arm's letters, by arm name; empty for a dispatch without an experiment
 * @param planComplete every row of the source is in the plan; false while the plan is still being written (its first
 *                     parts may be sending already) or was cut short and not yet continued: {@code total} counts only
 *                     the letters planned so far then, and the dispatch is not complete
 */
public record DispatchStatus(String dispatchId, long total, Map<DeliveryState, Long> states, Map<ReasonCode, Long> reasons,
        Map<String, Long> operators, Map<String, Long> paperBatches, Map<String, ArmStatus> arms, boolean planComplete) {

    public DispatchStatus {
        Objects.requireNonNull(dispatchId, "dispatchId");
        Map<DeliveryState, Long> all = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            all.put(state, states.getOrDefault(state, 0L));
        }
        states = Map.copyOf(all);
        reasons = Map.copyOf(reasons);
        operators = Map.copyOf(operators);
        paperBatches = Map.copyOf(paperBatches);
        // Ordered by arm name, so that every journal lists the arms alike.
        arms = Collections.unmodifiableMap(new TreeMap<>(arms));
    }

    /** The status of a dispatch whose plan is complete. */
    public DispatchStatus(String dispatchId, long total, Map<DeliveryState, Long> states, Map<ReasonCode, Long> reasons,
            Map<String, Long> operators, Map<String, Long> paperBatches, Map<String, ArmStatus> arms) {
        this(dispatchId, total, states, reasons, operators, paperBatches, arms, true);
    }

    /** The status of a dispatch without an experiment, whose plan is complete. */
    public DispatchStatus(String dispatchId, long total, Map<DeliveryState, Long> states, Map<ReasonCode, Long> reasons,
            Map<String, Long> operators, Map<String, Long> paperBatches) {
        this(dispatchId, total, states, reasons, operators, paperBatches, Map.of());
    }

    public long count(DeliveryState state) {
        return states.get(state);
    }

    public long count(ReasonCode reason) {
        return reasons.getOrDefault(reason, 0L);
    }

    /** Recipients whose fate is settled. */
    public long finalCount() {
        return states.entrySet().stream().filter(e -> e.getKey().isFinal()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Whether the whole plan is written and every letter of it has settled. */
    public boolean isComplete() {
        return planComplete && finalCount() == total;
    }
}
