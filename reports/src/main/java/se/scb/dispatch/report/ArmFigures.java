package se.scb.dispatch.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One arm's rates, each with its 95 % Wilson interval.
 *
 * @param opened    share of the arm's letters opened; empty where not provided
 * @param delivered share of the arm's letters delivered digitally; empty where not provided
 */
public record ArmFigures(String name, long letters, RateFigure responded, Optional<RateFigure> opened, Optional<RateFigure> delivered) {

    public ArmFigures {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(responded, "responded");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(delivered, "delivered");
    }
}
