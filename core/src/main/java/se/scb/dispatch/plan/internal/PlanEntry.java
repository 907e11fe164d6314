package se.scb.dispatch.plan.internal;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.spi.Reachability;

/**
 * One row of the plan: the row as read, and where it ends.
 *
 * @param reachability the directory's answer, for a row that was looked up; kept beside the outcome because
 *                     an address problem can hide it there (a blocked recipient with a bad address fails as
 *                     ADDRESS_INCOMPLETE), and coverage counts what the directory said
 * @param arm          the experiment arm the row was given, when the dispatch has an experiment and the row takes part
 */
public record PlanEntry(PopulationRow row, RecipientOutcome outcome, Optional<Reachability> reachability, Optional<Experiment.Arm> arm) {

    public PlanEntry {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reachability, "reachability");
        Objects.requireNonNull(arm, "arm");
    }

    /** A row of a dispatch without an experiment. */
    public PlanEntry(PopulationRow row, RecipientOutcome outcome, Optional<Reachability> reachability) {
        this(row, outcome, reachability, Optional.empty());
    }

    /** A row that was not looked up. */
    public PlanEntry(PopulationRow row, RecipientOutcome outcome) {
        this(row, outcome, Optional.empty());
    }
}
