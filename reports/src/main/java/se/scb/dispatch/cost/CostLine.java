package se.scb.dispatch.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The letters of one channel and operator that went out (or are to go out) on one day, and what they cost.
 *
 * @param operator  the mailbox operator's id; empty for paper
 * @param letters   how many letters
 * @param unitPrice the price of one, or empty when the price list has none for them (they are then left out
 *                  of every total, and counted as unpriced)
 */
public record CostLine(PriceList.Channel channel, Optional<String> operator, LocalDate day, long letters, Optional<BigDecimal> unitPrice) {

    public CostLine {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** {@code letters × unitPrice}, exact; zero when unpriced. */
    public BigDecimal total() {
        return unitPrice.map(price -> price.multiply(BigDecimal.valueOf(letters))).orElse(BigDecimal.ZERO);
    }

    public boolean isPriced() {
        return unitPrice.isPresent();
    }
}
