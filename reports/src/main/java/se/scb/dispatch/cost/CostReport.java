package se.scb.dispatch.cost;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dispatch costs (or would cost), in Swedish kronor, exact: a line per channel, operator and day.
 * Letters the price list has no price for are counted apart and left out of the totals, never priced at 0
 * unnoticed.
 */
public record CostReport(List<CostLine> lines) {

    public static final String CURRENCY = "SEK";

    public CostReport {
        lines = List.copyOf(lines);
    }

    public BigDecimal total() {
        return lines.stream().map(CostLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long letters() {
        return lines.stream().mapToLong(CostLine::letters).sum();
    }

    /** Letters without a price in the list; see {@link #unpriced()} for which. */
    public long unpricedLetters() {
        return unpriced().stream().mapToLong(CostLine::letters).sum();
    }

    public List<CostLine> unpriced() {
        return lines.stream().filter(line -> !line.isPriced()).toList();
    }

    /** The total per channel, both channels present. */
    public Map<PriceList.Channel, BigDecimal> byChannel() {
        Map<PriceList.Channel, BigDecimal> totals = new EnumMap<>(PriceList.Channel.class);
        for (PriceList.Channel channel : PriceList.Channel.values()) {
            totals.put(channel, BigDecimal.ZERO);
        }
        lines.forEach(line -> totals.merge(line.channel(), line.total(), BigDecimal::add));
        return totals;
    }

    /** The total of digital letters per operator id. */
    public Map<String, BigDecimal> byOperator() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        lines.forEach(line -> line.operator().ifPresent(operator -> totals.merge(operator, line.total(), BigDecimal::add)));
        return totals;
    }
}
