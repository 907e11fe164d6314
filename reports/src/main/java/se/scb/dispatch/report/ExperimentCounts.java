package se.scb.dispatch.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An experiment's design and what each arm counted: the input of {@link ExperimentFigures}. The first arm is the
 * baseline every other arm is compared with.
 *
 * @param seed   the assignment's seed, when known
 * @param strata the variables the assignment was stratified by
 * @param arms   at least one, names unique
 */
public record ExperimentCounts(OptionalLong seed, List<String> strata, List<ArmCounts> arms) {

    public ExperimentCounts {
        Objects.requireNonNull(seed, "seed");
        strata = List.copyOf(strata);
        arms = List.copyOf(arms);
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("An experiment has at least one arm.");
        }
        Set<String> names = new HashSet<>();
        for (ArmCounts arm : arms) {
            if (!names.add(arm.name())) {
                throw new IllegalArgumentException("Arm '" + arm.name() + "' is named twice.");
            }
        }
    }
}
