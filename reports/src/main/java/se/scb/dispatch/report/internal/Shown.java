package se.scb.dispatch.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * The figures as the report shows them, rounded once here so that the JSON and the HTML print the very same
 * numbers: shares and differences to 4 decimals (a hundredth of a percent), hours to 1 decimal, p-values to
 * 4 significant digits (a p-value of 1e-12 keeps its size instead of becoming 0).
 */
final class Shown {

    private static final MathContext FOUR_SIGNIFICANT = new MathContext(4, RoundingMode.HALF_EVEN);

    private Shown() {
    }

    static BigDecimal share(double value) {
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN);
    }

    static BigDecimal pValue(double value) {
        return value == 0 ? BigDecimal.ZERO : new BigDecimal(value).round(FOUR_SIGNIFICANT);
    }

    static BigDecimal hours(OptionalDouble value) {
        return value.isPresent() ? new BigDecimal(value.getAsDouble()).setScale(1, RoundingMode.HALF_EVEN) : null;
    }
}
