package se.scb.dispatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import se.scb.dispatch.stats.Proportions;

/**
 * An experiment's figures: each arm's rates with Wilson intervals, and each arm against the first on every
 * measure both have (responded always; opened and delivered where provided).
 */
public record ExperimentFigures(OptionalLong seed, List<String> strata, List<ArmFigures> arms, List<ArmComparison> comparisons) {

    public ExperimentFigures {
        Objects.requireNonNull(seed, "seed");
        strata = List.copyOf(strata);
        arms = List.copyOf(arms);
        comparisons = List.copyOf(comparisons);
    }

    /** Computes the figures from the counts. */
    public static ExperimentFigures of(ExperimentCounts counts) {
        List<ArmFigures> arms = counts.arms().stream()
                .map(arm -> new ArmFigures(arm.name(), arm.letters(), RateFigure.of(arm.responded(), arm.letters()), rate(arm.opened(), arm.letters()),
                        rate(arm.delivered(), arm.letters())))
                .toList();
        List<ArmComparison> comparisons = new ArrayList<>();
        ArmFigures baseline = arms.get(0);
        for (ArmFigures arm : arms.subList(1, arms.size())) {
            compare(baseline, arm, "responded", figures -> Optional.of(figures.responded())).ifPresent(comparisons::add);
        }
        for (ArmFigures arm : arms.subList(1, arms.size())) {
            compare(baseline, arm, "opened", ArmFigures::opened).ifPresent(comparisons::add);
            compare(baseline, arm, "delivered", ArmFigures::delivered).ifPresent(comparisons::add);
        }
        return new ExperimentFigures(counts.seed(), counts.strata(), arms, comparisons);
    }

    /** The comparisons of response rates, the experiment's main question. */
    public List<ArmComparison> responseComparisons() {
        return comparisons.stream().filter(comparison -> comparison.measure().equals("responded")).toList();
    }

    private static Optional<RateFigure> rate(OptionalLong count, long letters) {
        return count.isPresent() ? Optional.of(RateFigure.of(count.getAsLong(), letters)) : Optional.empty();
    }

    private static Optional<ArmComparison> compare(ArmFigures baseline, ArmFigures arm, String measure,
            Function<ArmFigures, Optional<RateFigure>> rateOf) {
        Optional<RateFigure> base = rateOf.apply(baseline);
        Optional<RateFigure> other = rateOf.apply(arm);
        if (base.isEmpty() || other.isEmpty()) {
            return Optional.empty();
        }
        RateFigure b = base.get();
        RateFigure a = other.get();
        return Optional.of(new ArmComparison(arm.name(), baseline.name(), measure, a.rate() - b.rate(),
                Proportions.newcombeDifference(a.count(), a.outOf(), b.count(), b.outOf()),
                Proportions.pooledTwoSidedPValue(a.count(), a.outOf(), b.count(), b.outOf())));
    }
}
