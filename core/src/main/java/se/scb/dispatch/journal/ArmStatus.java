package se.scb.dispatch.journal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How far the letters of one experiment arm have come, as counted by the journal.
 *
 * @param letters the arm's letters in the plan
 * @param settled the arm's letters per final state (delivered, handed to paper, failed, cancelled), zero included
 */
public record ArmStatus(String arm, long letters, Map<DeliveryState, Long> settled) {

    public ArmStatus {
        Objects.requireNonNull(arm, "arm");
        Map<DeliveryState, Long> all = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            if (state.isFinal()) {
                all.put(state, settled.getOrDefault(state, 0L));
            }
        }
        settled = Map.copyOf(all);
    }

    /** The arm's letters that settled in this state; 0 for a state that is not final. */
    public long count(DeliveryState state) {
        return settled.getOrDefault(state, 0L);
    }

    /** The arm's letters not yet settled: planned, or on their way. */
    public long open() {
        return letters - settled.values().stream().mapToLong(Long::longValue).sum();
    }
}
