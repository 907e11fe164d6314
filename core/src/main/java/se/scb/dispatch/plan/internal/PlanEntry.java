package se.scb.dispatch.plan.internal;

import java.util.Objects;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;

/** One row of the plan: the row as read, and where it ends. */
public record PlanEntry(PopulationRow row, RecipientOutcome outcome) {

    public PlanEntry {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(outcome, "outcome");
    }
}
