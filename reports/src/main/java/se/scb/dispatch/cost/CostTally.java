package se.scb.dispatch.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Letters counted per channel, operator and day, then priced once per line rather than once per letter. */
final class CostTally {

    private record Key(PriceList.Channel channel, String operator, LocalDate day) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::channel).thenComparing(Key::operator).thenComparing(Key::day);

    private final Map<Key, Long> letters = new TreeMap<>(ORDER);

    void digital(String operator, LocalDate day, long count) {
        add(new Key(PriceList.Channel.DIGITAL, operator, day), count);
    }

    void paper(LocalDate day, long count) {
        add(new Key(PriceList.Channel.PAPER, "", day), count);
    }

    private void add(Key key, long count) {
        if (count > 0) {
            letters.merge(key, count, Long::sum);
        }
    }

    CostReport priced(PriceList prices, Optional<PaperWeight> weight) {
        List<CostLine> lines = new ArrayList<>();
        letters.forEach((key, count) -> {
            Optional<BigDecimal> unit = key.channel() == PriceList.Channel.DIGITAL ? prices.digital(key.operator(), key.day())
                    : weight.flatMap(paper -> prices.paper(paper.grams(), key.day()));
            Optional<String> operator = Optional.of(key.operator()).filter(id -> !id.isEmpty());
            lines.add(new CostLine(key.channel(), operator, key.day(), count, unit));
        });
        return new CostReport(lines);
    }
}
