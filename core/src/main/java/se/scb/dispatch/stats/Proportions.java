package se.scb.dispatch.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The figures a survey department reads off shares and response rates, all at 95 %: the Wilson score
 * interval of a proportion, Newcombe's hybrid score interval of a difference of two proportions, and the
 * two-sided p-value of the pooled two-proportion z-test.
 *
 * <p>Counts are {@code long} because a dispatch's counts are; a proportion needs at least one trial.
 * The distribution and the Wilson interval are Apache Commons Math's; this class adds what a report
 * needs on top: limits that are exactly 0 or 1 where the mathematics says so (the library's floating
 * point leaves {@code 1.2E-17} and {@code 0.9999999999999999} there), and the combinations.
 */
public final class Proportions {

    /** The two-sided 95 % quantile of the standard normal distribution, Φ⁻¹(0.975). */
    public static final double Z_95 = 1.959963984540054;

    private static final double CONFIDENCE = 0.95;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    private static final WilsonScoreInterval WILSON = new WilsonScoreInterval();

    private Proportions() {
    }

    /**
     * The 95 % Wilson score interval of {@code successes / trials}, without continuity correction
     * (Newcombe 1998, method 3).
     *
     * @throws IllegalArgumentException when {@code trials < 1} or {@code successes} is not within {@code 0..trials}
     */
    public static Interval wilson(long successes, long trials) {
        checkCounts(successes, trials);
        ConfidenceInterval library = WILSON.createInterval(asInt(trials), asInt(successes), CONFIDENCE);
        // At no successes the lower limit is 0 and at all successes the upper is 1, exactly: the square root then
        // equals the term it is subtracted from or added to, which floating point misses by an ulp or so.
        double lower = successes == 0 ? 0.0 : library.getLowerBound();
        double upper = successes == trials ? 1.0 : library.getUpperBound();
        return new Interval(lower, upper);
    }

    /**
     * The 95 % interval of {@code successes1/trials1 − successes2/trials2} by Newcombe's hybrid score method
     * (Newcombe 1998, method 10): the difference widened on each side by the two Wilson intervals' distances
     * from their estimates, combined as a square root of squares.
     *
     * @throws IllegalArgumentException as {@link #wilson} for either proportion
     */
    public static Interval newcombeDifference(long successes1, long trials1, long successes2, long trials2) {
        double p1 = proportion(successes1, trials1);
        double p2 = proportion(successes2, trials2);
        Interval first = wilson(successes1, trials1);
        Interval second = wilson(successes2, trials2);
        double difference = p1 - p2;
        double below = Math.hypot(p1 - first.lower(), second.upper() - p2);
        double above = Math.hypot(first.upper() - p1, p2 - second.lower());
        return new Interval(difference - below, difference + above);
    }

    /**
     * The two-sided p-value of the pooled two-proportion z-test of {@code successes1/trials1} against
     * {@code successes2/trials2}; it equals the chi-square test of the 2×2 table without continuity
     * correction. When both groups are all successes or all failures the test has nothing to measure
     * (its standard error is 0) and the observed difference is 0: the p-value is then 1.
     *
     * @throws IllegalArgumentException as {@link #wilson} for either proportion
     */
    public static double pooledTwoSidedPValue(long successes1, long trials1, long successes2, long trials2) {
        double p1 = proportion(successes1, trials1);
        double p2 = proportion(successes2, trials2);
        double pooled = (double) (successes1 + successes2) / (double) (trials1 + trials2);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / trials1 + 1.0 / trials2));
        if (standardError == 0) {
            return 1.0;
        }
        double z = Math.abs(p1 - p2) / standardError;
        // 2·Φ(−|z|) rather than 2·(1 − Φ(|z|)): the lower tail keeps its digits where the upper would cancel to 0.
        return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-z));
    }

    /** {@code successes / trials}, checked. */
    public static double proportion(long successes, long trials) {
        checkCounts(successes, trials);
        return (double) successes / (double) trials;
    }

    private static void checkCounts(long successes, long trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("A proportion needs at least one trial, not " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Successes must be within 0.." + trials + ", not " + successes);
        }
    }

    private static int asInt(long count) {
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Counts above " + Integer.MAX_VALUE + " are beyond the Wilson interval's library, not " + count);
        }
        return (int) count;
    }
}
