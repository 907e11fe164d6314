package se.scb.dispatch.journal.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.journal.ArmStatus;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.model.ReasonCode;

/**
 * A dispatch's status added up from two kinds of counts, which is all a journal needs to keep: the
 * letters as planned (by plan reason and operator), and the letters as they settled (by final state,
 * plan reason and final reason). A letter settles once, so both only ever grow; the letters not yet
 * settled are the difference, of which those held by runners are counted apart.
 */
public final class StatusTally {

    private long total;
    private long claimed;
    private final Map<DeliveryState, Long> settled = new EnumMap<>(DeliveryState.class);
    private final Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
    private final Map<String, Long> operators = new HashMap<>();
    private final Map<String, Long> paperBatches = new LinkedHashMap<>();
    private final Map<String, Long> armLetters = new HashMap<>();
    private final Map<String, Map<DeliveryState, Long>> armSettled = new HashMap<>();

    /** Letters added to the plan with this plan reason, bound for this operator (digital letters). */
    public void planned(Optional<ReasonCode> planReason, Optional<String> operator, long letters) {
        total += letters;
        planReason.ifPresent(reason -> reasons.merge(reason, letters, Long::sum));
        operator.ifPresent(id -> operators.merge(id, letters, Long::sum));
    }

    /** The print batch a settled letter is counted under: the one it was handed over in, if it was. */
    public static Optional<String> batchCounted(JournalEntry entry) {
        return entry.state() == DeliveryState.HANDED_TO_PAPER ? entry.paperBatch() : Optional.empty();
    }

    /** Letters that settled in a final state: their reason is now the final one; handed to paper, in this print batch. */
    public void settled(DeliveryState state, Optional<ReasonCode> planReason, Optional<ReasonCode> finalReason, Optional<String> paperBatch,
            long letters) {
        settled.merge(state, letters, Long::sum);
        paperBatch.ifPresent(batch -> paperBatches.merge(batch, letters, Long::sum));
        planReason.ifPresent(reason -> reasons.merge(reason, -letters, Long::sum));
        finalReason.ifPresent(reason -> reasons.merge(reason, letters, Long::sum));
    }

    /** Letters of an experiment arm added to the plan. */
    public void armPlanned(String arm, long letters) {
        armLetters.merge(arm, letters, Long::sum);
    }

    /** Letters of an experiment arm that settled in a final state. */
    public void armSettled(String arm, DeliveryState state, long letters) {
        armSettled.computeIfAbsent(arm, any -> new EnumMap<>(DeliveryState.class)).merge(state, letters, Long::sum);
    }

    /** Letters held by a runner now. */
    public void claimed(long letters) {
        claimed += letters;
    }

    public DispatchStatus status(String dispatchId) {
        return status(dispatchId, true);
    }

    /** @param planComplete whether the dispatch's whole plan is written (see {@link PlanProgress}) */
    public DispatchStatus status(String dispatchId, boolean planComplete) {
        Map<DeliveryState, Long> states = new EnumMap<>(settled);
        long open = total - settled.values().stream().mapToLong(Long::longValue).sum();
        states.put(DeliveryState.CLAIMED, claimed);
        states.put(DeliveryState.PLANNED, open - claimed);
        Map<ReasonCode, Long> nonZero = new EnumMap<>(ReasonCode.class);
        reasons.forEach((reason, letters) -> {
            if (letters != 0) {
                nonZero.put(reason, letters);
            }
        });
        Map<String, ArmStatus> arms = new HashMap<>();
        armLetters.forEach((arm, letters) -> arms.put(arm, new ArmStatus(arm, letters, armSettled.getOrDefault(arm, Map.of()))));
        return new DispatchStatus(dispatchId, total, states, nonZero, operators, paperBatches, arms, planComplete);
    }
}
