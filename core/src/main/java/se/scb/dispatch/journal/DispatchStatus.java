package se.scb.dispatch.journal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import se.scb.dispatch.model.ReasonCode;

/**
 * How far a dispatch has come, as counted by the journal.
 *
 * @param states    a count for every state, zero included
 * @param reasons   a count per reason: of each settled letter its final reason, of each letter not yet
 *                  settled the reason the plan gave it (paper and failed rows, failures when sending)
 * @param operators    letters per operator id, as planned (digital letters only)
 * @param paperBatches letters handed to paper per print batch id
 */
public record DispatchStatus(String dispatchId, long total, Map<DeliveryState, Long> states, Map<ReasonCode, Long> reasons,
        Map<String, Long> operators, Map<String, Long> paperBatches) {

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

    public boolean isComplete() {
        return finalCount() == total;
    }
}
