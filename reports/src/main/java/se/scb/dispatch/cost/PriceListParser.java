package se.scb.dispatch.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a price list's text, stopping at the first problem with a message that names its line and column. */
final class PriceListParser {

    private static final List<String> HEADER = List.of("valid_from", "channel", "operator", "max_grams", "price_sek");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,4})?");
    private static final Pattern GRAMS = Pattern.compile("\\d{1,6}");
    private static final Pattern SETTING = Pattern.compile("([a-z_]+)\\s*=\\s*(.*)");

    private final String name;
    private final Map<String, BigDecimal> settings = new HashMap<>();
    private final List<PriceList.Price> prices = new ArrayList<>();
    /** Each row's key (valid_from, channel, operator, max_grams) and its line, to name both lines of a repeat. */
    private final Map<String, Integer> seen = new HashMap<>();

    PriceListParser(String name) {
        this.name = name;
    }

    PriceList parse(String text) {
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\\R", -1) : text.split("\\R", -1);
        boolean headerRead = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (headerRead) {
                prices.add(row(i + 1, line));
            } else if (SETTING.matcher(line).matches()) {
                setting(i + 1, line);
            } else {
                header(i + 1, line);
                headerRead = true;
            }
        }
        if (!headerRead || prices.isEmpty()) {
            throw new PriceListException(name, 0, "", "no prices; the file needs the header " + String.join(";", HEADER) + " and a row per price");
        }
        return new PriceList(name, prices, paperWeight());
    }

    private void setting(int line, String text) {
        var matcher = SETTING.matcher(text);
        matcher.matches();
        String key = matcher.group(1);
        if (!List.of("sheets_per_letter", "grams_per_sheet", "envelope_grams").contains(key)) {
            throw new PriceListException(name, line, key, "unknown setting; the settings are sheets_per_letter, grams_per_sheet and envelope_grams");
        }
        boolean whole = key.equals("sheets_per_letter");
        String value = matcher.group(2).strip();
        if (!(whole ? GRAMS : AMOUNT).matcher(value).matches() || (whole && Integer.parseInt(value) < 1)) {
            throw new PriceListException(name, line, key, "'" + value + "' is not " + (whole ? "a whole number of sheets, at least 1" : "a weight in grams, e.g. 5 or 4.99"));
        }
        settings.put(key, decimal(value));
    }

    private void header(int line, String text) {
        List<String> columns = List.of(text.toLowerCase(Locale.ROOT).split(";", -1)).stream().map(String::strip).toList();
        if (!columns.equals(HEADER)) {
            throw new PriceListException(name, line, "", "the header must be " + String.join(";", HEADER) + ", not " + text);
        }
    }

    private PriceList.Price row(int line, String text) {
        String[] cells = text.split(";", -1);
        if (cells.length != HEADER.size()) {
            throw new PriceListException(name, line, "", cells.length + " fields where the header has " + HEADER.size() + " (separate them with ;)");
        }
        LocalDate validFrom = date(line, cells[0].strip());
        PriceList.Channel channel = channel(line, cells[1].strip());
        Optional<String> operator = Optional.of(cells[2].strip()).filter(value -> !value.isEmpty());
        Optional<Integer> maxGrams = maxGrams(line, channel, cells[3].strip());
        if (channel == PriceList.Channel.PAPER && operator.isPresent()) {
            throw new PriceListException(name, line, "operator", "paper is priced by weight alone; leave operator blank");
        }
        String price = cells[4].strip();
        if (!AMOUNT.matcher(price).matches()) {
            throw new PriceListException(name, line, "price_sek", "'" + price + "' is not a price in kronor, e.g. 4.50 or 4,50");
        }
        String key = validFrom + ";" + channel + ";" + operator.map(value -> value.toLowerCase(Locale.ROOT)).orElse("") + ";" + maxGrams.orElse(0);
        Integer earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            throw new PriceListException(name, line, "", "the same price as line " + earlier + " (valid_from, channel, operator and max_grams); keep one");
        }
        return new PriceList.Price(line, validFrom, channel, operator, maxGrams, decimal(price));
    }

    private LocalDate date(int line, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PriceListException(name, line, "valid_from", "'" + value + "' is not a date such as 2026-07-01");
        }
    }

    private PriceList.Channel channel(int line, String value) {
        try {
            return PriceList.Channel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PriceListException(name, line, "channel", "'" + value + "' is not a channel; write DIGITAL or PAPER");
        }
    }

    private Optional<Integer> maxGrams(int line, PriceList.Channel channel, String value) {
        if (channel == PriceList.Channel.DIGITAL) {
            if (!value.isEmpty()) {
                throw new PriceListException(name, line, "max_grams", "a digital letter weighs nothing; leave max_grams blank");
            }
            return Optional.empty();
        }
        if (!GRAMS.matcher(value).matches() || Integer.parseInt(value) < 1) {
            throw new PriceListException(name, line, "max_grams", "'" + value + "' is not a weight step in whole grams, e.g. 50");
        }
        return Optional.of(Integer.parseInt(value));
    }

    private Optional<PaperWeight> paperWeight() {
        if (!settings.containsKey("grams_per_sheet") || !settings.containsKey("envelope_grams")) {
            return Optional.empty();
        }
        int sheets = settings.getOrDefault("sheets_per_letter", BigDecimal.ONE).intValueExact();
        return Optional.of(new PaperWeight(sheets, settings.get("grams_per_sheet"), settings.get("envelope_grams")));
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value.replace(',', '.'));
    }
}
