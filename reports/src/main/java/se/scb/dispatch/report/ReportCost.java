package se.scb.dispatch.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.scb.dispatch.cost.CostReport;

/**
 * What a dispatch cost, from the journal and a price list: in total, by channel, operator and arm, and per response.
 *
 * @param lines     the priced lines (channel, operator, day), with the letters the list has no price for
 * @param byArm     the total per experiment arm; empty without an experiment
 * @param responses the dispatch's cases that responded
 */
public record ReportCost(CostReport lines, Map<String, BigDecimal> byArm, long responses) {

    public ReportCost {
        Objects.requireNonNull(lines, "lines");
        byArm = Collections.unmodifiableMap(new TreeMap<>(byArm));
    }

    public String currency() {
        return CostReport.CURRENCY;
    }

    public BigDecimal total() {
        return lines.total();
    }

    /** The total divided by the responses, to the öre (half up); empty before any response. */
    public Optional<BigDecimal> perResponse() {
        return responses == 0 ? Optional.empty() : Optional.of(total().divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP));
    }
}
