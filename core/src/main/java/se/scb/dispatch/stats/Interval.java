package se.scb.dispatch.stats;

/**
 * A two-sided confidence interval, {@code lower ≤ upper}.
 *
 * @param lower the lower limit
 * @param upper the upper limit
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("An interval needs lower ≤ upper, not [" + lower + ", " + upper + "]");
        }
    }

    /** Whether the interval holds {@code value}, its limits included. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
