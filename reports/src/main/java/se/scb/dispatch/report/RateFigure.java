package se.scb.dispatch.report;

import se.scb.dispatch.stats.Interval;
import se.scb.dispatch.stats.Proportions;

/**
 * A share and its 95 % Wilson score interval: {@code count} of {@code outOf}.
 *
 * @param count the letters (or persons) the share counts
 * @param outOf those it could count, at least 1
 */
public record RateFigure(long count, long outOf, double rate, Interval ci95) {

    /** {@code count / outOf} with its Wilson interval. */
    public static RateFigure of(long count, long outOf) {
        return new RateFigure(count, outOf, Proportions.proportion(count, outOf), Proportions.wilson(count, outOf));
    }
}
