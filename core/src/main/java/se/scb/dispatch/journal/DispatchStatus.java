package se.scb.dispatch.journal;

import java.util.EnumMap;
import java.util.Map;
import se.scb.dispatch.model.ReasonCode;

/**
 * How far a dispatch has come: a count per delivery state and per reason.
 *
 * @param states  a count for every state, zero included
 * @param reasons a count per reason, over the plan's paper and failed rows and the failures when sending
 */
public record DispatchStatus(String dispatchId, long total, Map<DeliveryState, Long> states, Map<ReasonCode, Long> reasons) {

    public DispatchStatus {
        Map<DeliveryState, Long> all = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            all.put(state, states.getOrDefault(state, 0L));
        }
        states = Map.copyOf(all);
        reasons = Map.copyOf(reasons);
    }

    public long count(DeliveryState state) {
        return states.get(state);
    }

    /** Recipients whose fate is settled. */
    public long finalCount() {
        return states.entrySet().stream().filter(e -> e.getKey().isFinal()).mapToLong(Map.Entry::getValue).sum();
    }

    public boolean isComplete() {
        return finalCount() == total;
    }
}
