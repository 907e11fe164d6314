package se.scb.dispatch.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every figure against Newcombe's published tables (to their four decimals) and against an independent
 * computation (to 1e-9): mpmath at 50 digits, from the closed forms rather than Commons Math, the p-value
 * from the chi-square statistic of the 2×2 table ({@code erfc(sqrt(X²/2))}) rather than from z:
 *
 * <pre>
 * z = mpf('1.959963984540054')
 * wilson(k, n):  p = k/n; ((2np + z²) ∓ z·sqrt(z² + 4np(1−p))) / (2(n + z²))
 * newcombe:      d ∓ sqrt((p1 − l1)² + (u2 − p2)²) | sqrt((u1 − p1)² + (p2 − l2)²)
 * p-value:       X² = Σ (O − E)² / E over the four cells; erfc(sqrt(X²/2))
 * </pre>
 */
class ProportionsTest {

    private static final double PUBLISHED = 1e-4;
    private static final double INDEPENDENT = 1e-9;

    @Test
    void theQuantileIsTheOneTheIssueFixesAndTheLibraryComputes() {
        assertThat(new NormalDistribution().inverseCumulativeProbability(0.975)).isEqualTo(Proportions.Z_95);
    }

    /** Newcombe (1998a), "Two-sided confidence intervals for the single proportion", Table I, method 3. */
    @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718"})
    void wilsonMatchesNewcombesSingleProportionTable(long k, long n, double lower, double upper) {
        Interval interval = Proportions.wilson(k, n);

        assertThat(interval.lower()).isCloseTo(lower, within(PUBLISHED));
        assertThat(interval.upper()).isCloseTo(upper, within(PUBLISHED));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "81, 263, 0.25528851987827423, 0.36620957698280006",
        "15, 148, 0.062386399530736283, 0.16048724172330803",
        "1, 29, 0.0061132142927626615, 0.17175521879320286",
        "3, 7, 0.15821985525146971, 0.74954163547234278",
        "812345, 1000000, 0.81157855934455305, 0.81310904094375464"})
    void wilsonMatchesAnIndependentComputation(long k, long n, double lower, double upper) {
        Interval interval = Proportions.wilson(k, n);

        assertThat(interval.lower()).isCloseTo(lower, within(INDEPENDENT));
        assertThat(interval.upper()).isCloseTo(upper, within(INDEPENDENT));
    }

    @Test
    void wilsonLimitsAreExactlyZeroAndOneAtTheEnds() {
        assertThat(Proportions.wilson(0, 20).lower()).isEqualTo(0.0);
        assertThat(Proportions.wilson(0, 20).upper()).isCloseTo(0.16112515805281935, within(INDEPENDENT));
        assertThat(Proportions.wilson(29, 29).upper()).isEqualTo(1.0);
        assertThat(Proportions.wilson(29, 29).lower()).isCloseTo(0.88303020150025926, within(INDEPENDENT));
        assertThat(Proportions.wilson(0, 1)).satisfies(one -> assertThat(one.lower()).isZero());
    }

    /** Newcombe (1998b), "Interval estimation for the difference between independent proportions", Table II, method 10. */
    @ParameterizedTest(name = "{0}/{1} − {2}/{3}: {4} to {5}")
    @CsvSource({
        "56, 70, 48, 80, 0.0524, 0.3339",
        "9, 10, 3, 10, 0.1705, 0.8090",
        "6, 7, 2, 7, 0.0582, 0.8062",
        "5, 56, 0, 29, -0.0381, 0.1926",
        "0, 10, 0, 20, -0.1611, 0.2775",
        "0, 10, 0, 10, -0.2775, 0.2775",
        "10, 10, 0, 20, 0.6791, 1.0000",
        "10, 10, 0, 10, 0.6075, 1.0000"})
    void newcombeMatchesHisPublishedTable(long a, long m, long b, long n, double lower, double upper) {
        Interval interval = Proportions.newcombeDifference(a, m, b, n);

        assertThat(interval.lower()).isCloseTo(lower, within(PUBLISHED));
        assertThat(interval.upper()).isCloseTo(upper, within(PUBLISHED));
    }

    @ParameterizedTest(name = "{0}/{1} − {2}/{3}")
    @CsvSource({
        "56, 70, 48, 80, 0.052431472402364896, 0.33387265403690596",
        "9, 10, 3, 10, 0.17052272393450293, 0.80901797353548797",
        "6, 7, 2, 7, 0.058227927482312257, 0.80624963752422775",
        "5, 56, 0, 29, -0.038137147903536879, 0.1925600138551116",
        "0, 10, 0, 20, -0.16112515805281935, 0.2775327998628892",
        "10, 10, 0, 20, 0.67908603714191473, 1.0",
        "40213, 50000, 39876, 50000, 0.0017899254444393933, 0.011689758036821278"})
    void newcombeMatchesAnIndependentComputation(long a, long m, long b, long n, double lower, double upper) {
        Interval interval = Proportions.newcombeDifference(a, m, b, n);

        assertThat(interval.lower()).isCloseTo(lower, within(INDEPENDENT));
        assertThat(interval.upper()).isCloseTo(upper, within(INDEPENDENT));
    }

    @Test
    void newcombeReachesOneExactlyWhenOneGroupIsAllAndTheOtherNone() {
        assertThat(Proportions.newcombeDifference(10, 10, 0, 20).upper()).isEqualTo(1.0);
        assertThat(Proportions.newcombeDifference(0, 20, 10, 10).lower()).isEqualTo(-1.0);
    }

    @ParameterizedTest(name = "{0}/{1} against {2}/{3}")
    @CsvSource({
        "56, 70, 48, 80, 0.0080450813681965847",
        "9, 10, 3, 10, 0.0061698993205441622",
        "5, 56, 0, 29, 0.097186568170579726",
        "30, 100, 31, 100, 0.8779386719808686",
        "40213, 50000, 39876, 50000, 0.0076149366319321337"})
    void pValueEqualsTheChiSquareTestWithoutCorrection(long a, long m, long b, long n, double expected) {
        assertThat(Proportions.pooledTwoSidedPValue(a, m, b, n)).isCloseTo(expected, within(INDEPENDENT));
        assertThat(Proportions.pooledTwoSidedPValue(b, n, a, m)).isCloseTo(expected, within(INDEPENDENT));
    }

    @Test
    void aSmallPValueKeepsItsSignificantDigits() {
        double p = Proportions.pooledTwoSidedPValue(500, 1000, 400, 1000);

        assertThat(p / 6.9679310728498321e-6).isCloseTo(1.0, within(INDEPENDENT));
    }

    @Test
    void groupsThatAreAllOrNothingAlikeHaveNothingToTellApart() {
        assertThat(Proportions.pooledTwoSidedPValue(0, 10, 0, 20)).isEqualTo(1.0);
        assertThat(Proportions.pooledTwoSidedPValue(7, 7, 12, 12)).isEqualTo(1.0);
        assertThat(Proportions.pooledTwoSidedPValue(5, 10, 10, 20)).isEqualTo(1.0);
    }

    @Test
    void countsThatMakeNoProportionAreRefused() {
        assertThatThrownBy(() -> Proportions.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A proportion needs at least one trial, not 0");
        assertThatThrownBy(() -> Proportions.wilson(11, 10)).hasMessage("Successes must be within 0..10, not 11");
        assertThatThrownBy(() -> Proportions.newcombeDifference(1, 10, -1, 10)).hasMessage("Successes must be within 0..10, not -1");
        assertThatThrownBy(() -> new Interval(0.5, 0.4)).isInstanceOf(IllegalArgumentException.class);
    }
}
