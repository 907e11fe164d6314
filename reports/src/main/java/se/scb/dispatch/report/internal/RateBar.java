package se.scb.dispatch.report.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One bar of a rate chart: a share with its interval as the JSON shows them, and the JSON pointers of those numbers.
 *
 * @param figure empty for a fact that is not provided: the bar is a note, not a 0
 */
record RateBar(String label, Optional<Figure> figure) {

    /**
     * @param path   the JSON pointer of the share, e.g. {@code /experiment/arms/1/rate}
     * @param ciPath the JSON pointer of the interval, e.g. {@code /experiment/arms/1/ci95}
     */
    record Figure(BigDecimal share, BigDecimal lower, BigDecimal upper, String path, String ciPath) {
    }
}
