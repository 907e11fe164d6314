package se.scb.dispatch.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a letter costs, by the price list in force on the day it goes out. Read from a file the office
 * keeps (no price is built in; the operators' and the post's prices change and are agreed per sender):
 *
 * <pre>
 * # comments and blank lines anywhere
 * sheets_per_letter=1          optional settings before the header: the paper letter's weight
 * grams_per_sheet=5
 * envelope_grams=6
 * valid_from;channel;operator;max_grams;price_sek
 * 2026-07-01;DIGITAL;;;4.50        any operator
 * 2026-07-01;DIGITAL;kivra;;3.90   this operator
 * 2026-07-01;PAPER;;50;14.00       paper up to 50 g
 * 2026-07-01;PAPER;;100;28.00
 * </pre>
 *
 * <p>For each channel, the rows with the latest {@code valid_from} on or before the day are the prices in
 * force, so a new list for one channel leaves the other's as it was. A digital letter takes its operator's
 * row, else the row with a blank operator; a paper letter the lightest weight step that holds it. Prices
 * in kronor, with a decimal point or comma.
 */
public final class PriceList {

    /** The two ways a letter goes out, as the price list names them. */
    public enum Channel {
        DIGITAL,
        PAPER
    }

    /** One row of the list. */
    record Price(int line, LocalDate validFrom, Channel channel, Optional<String> operator, Optional<Integer> maxGrams, BigDecimal sek) {
    }

    private final String name;
    private final List<Price> prices;
    private final Optional<PaperWeight> paperWeight;

    PriceList(String name, List<Price> prices, Optional<PaperWeight> paperWeight) {
        this.name = Objects.requireNonNull(name, "name");
        this.prices = List.copyOf(prices);
        this.paperWeight = Objects.requireNonNull(paperWeight, "paperWeight");
    }

    /**
     * Reads a price list file (UTF-8).
     *
     * @throws PriceListException naming the line and column of the first problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public static PriceList read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a price list's text; {@code name} is how messages refer to it.
     *
     * @throws PriceListException naming the line and column of the first problem
     */
    public static PriceList parse(String name, String text) {
        return new PriceListParser(name).parse(text);
    }

    /** The paper letter's weight as the file sets it, when it sets grams per sheet and the envelope's grams. */
    public Optional<PaperWeight> paperWeight() {
        return paperWeight;
    }

    /** The price of one digital letter to {@code operator} going out on {@code day}, if the list has one. */
    public Optional<BigDecimal> digital(String operator, LocalDate day) {
        List<Price> inForce = inForce(Channel.DIGITAL, day);
        Optional<Price> own = inForce.stream().filter(price -> price.operator().filter(operator::equalsIgnoreCase).isPresent()).findFirst();
        return own.or(() -> inForce.stream().filter(price -> price.operator().isEmpty()).findFirst()).map(Price::sek);
    }

    /** The price of one paper letter of {@code grams} going out on {@code day}: the lightest step that holds it. */
    public Optional<BigDecimal> paper(BigDecimal grams, LocalDate day) {
        return inForce(Channel.PAPER, day).stream()
                .filter(price -> BigDecimal.valueOf(price.maxGrams().orElseThrow()).compareTo(grams) >= 0)
                .min(Comparator.comparing(price -> price.maxGrams().orElseThrow()))
                .map(Price::sek);
    }

    private List<Price> inForce(Channel channel, LocalDate day) {
        Optional<LocalDate> from = prices.stream().filter(price -> price.channel() == channel && !price.validFrom().isAfter(day))
                .map(Price::validFrom).max(Comparator.naturalOrder());
        return from.map(date -> prices.stream().filter(price -> price.channel() == channel && price.validFrom().equals(date)).toList())
                .orElse(List.of());
    }

    @Override
    public String toString() {
        return "PriceList[" + name + ", " + prices.size() + " prices" + paperWeight.map(weight -> ", paper " + weight.grams() + " g")
                .orElse("") + "]";
    }
}
