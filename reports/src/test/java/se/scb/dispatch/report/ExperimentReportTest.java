package se.scb.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The experiment section from its small input: rates, Wilson intervals, and each arm against the first. */
class ExperimentReportTest {

    /** 200 of 1 000 answered a letter, 250 of 1 000 a letter and an SMS. */
    static final ExperimentCounts TWO_ARMS = new ExperimentCounts(OptionalLong.of(20261201), List.of("aldersgrupp", "lan"), List.of(
            ArmCounts.of("letter", 1000, 200).withOpened(700).withDelivered(900),
            ArmCounts.of("letter-and-sms", 1000, 250).withOpened(760).withDelivered(900)));

    private static final double Z = 1.959963984540054;

    @Test
    void eachArmHasItsRateAndWilsonIntervalComputedIndependently() {
        ExperimentFigures figures = ExperimentFigures.of(TWO_ARMS);

        RateFigure sms = figures.arms().get(1).responded();
        assertThat(sms.rate()).isEqualTo(0.25);
        assertThat(sms.ci95().lower()).isCloseTo(wilson(250, 1000, -1), within(1e-9));
        assertThat(sms.ci95().upper()).isCloseTo(wilson(250, 1000, +1), within(1e-9));
        assertThat(figures.seed()).hasValue(20261201);
        assertThat(figures.strata()).containsExactly("aldersgrupp", "lan");
    }

    @Test
    void theSecondArmAgainstTheFirstGivesNewcombesIntervalAndThePooledZTestOnEveryMeasureProvided() {
        ExperimentFigures figures = ExperimentFigures.of(TWO_ARMS);

        assertThat(figures.comparisons()).extracting(ArmComparison::measure).containsExactly("responded", "opened", "delivered");
        ArmComparison responded = figures.responseComparisons().get(0);
        assertThat(responded.arm()).isEqualTo("letter-and-sms");
        assertThat(responded.baseline()).isEqualTo("letter");
        assertThat(responded.difference()).isCloseTo(0.05, within(1e-12));
        double below = Math.hypot(0.25 - wilson(250, 1000, -1), wilson(200, 1000, +1) - 0.20);
        double above = Math.hypot(wilson(250, 1000, +1) - 0.25, 0.20 - wilson(200, 1000, -1));
        assertThat(responded.ci95().lower()).isCloseTo(0.05 - below, within(1e-9));
        assertThat(responded.ci95().upper()).isCloseTo(0.05 + above, within(1e-9));
        // z = 0.05 / sqrt(0.225 · 0.775 · 2/1000) = 2.6770...; two-sided p from a table of the normal distribution: 0.00742.
        assertThat(responded.pValue()).isCloseTo(0.0074196, within(1e-6));
        ArmComparison delivered = figures.comparisons().get(2);
        assertThat(delivered.difference()).isZero();
        assertThat(delivered.pValue()).isEqualTo(1.0);
    }

    @Test
    void armsWithoutOpenedCountsAreNotComparedOnOpening() {
        ExperimentFigures figures = ExperimentFigures.of(new ExperimentCounts(OptionalLong.empty(), List.of(),
                List.of(ArmCounts.of("a", 10, 5).withOpened(7), ArmCounts.of("b", 10, 6), ArmCounts.of("c", 20, 1))));

        assertThat(figures.comparisons()).extracting(comparison -> comparison.arm() + ":" + comparison.measure())
                .containsExactly("b:responded", "c:responded");
        assertThat(figures.arms().get(0).opened()).isPresent();
        assertThat(figures.arms().get(1).opened()).isEmpty();
    }

    @Test
    void badCountsAreRefusedNamingTheArm() {
        assertThatThrownBy(() -> ArmCounts.of("short", 10, 11)).hasMessageContaining("short").hasMessageContaining("responded");
        assertThatThrownBy(() -> new ExperimentCounts(OptionalLong.empty(), List.of(), List.of(ArmCounts.of("a", 1, 0), ArmCounts.of("a", 2, 0))))
                .hasMessageContaining("'a' is named twice");
        assertThatThrownBy(() -> new ExperimentCounts(OptionalLong.empty(), List.of(), List.of())).hasMessageContaining("at least one arm");
    }

    /** A Wilson limit by its formula: sign −1 for the lower, +1 for the upper. */
    private static double wilson(long successes, long trials, int sign) {
        double p = (double) successes / trials;
        double centre = p + Z * Z / (2 * trials);
        double spread = Z * Math.sqrt(p * (1 - p) / trials + Z * Z / (4.0 * trials * trials));
        return (centre + sign * spread) / (1 + Z * Z / trials);
    }
}
