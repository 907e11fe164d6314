package se.scb.dispatch.report;

import java.util.Objects;
import se.scb.dispatch.stats.Interval;

/**
 * One arm against the baseline (the first arm) on one measure.
 *
 * @param measure    {@code responded}, {@code opened} or {@code delivered}
 * @param difference the arm's rate minus the baseline's
 * @param ci95       the difference's 95 % interval by Newcombe's hybrid score method
 * @param pValue     two-sided, of the pooled two-proportion z-test
 */
public record ArmComparison(String arm, String baseline, String measure, double difference, Interval ci95, double pValue) {

    public ArmComparison {
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(ci95, "ci95");
    }
}
