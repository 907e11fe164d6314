package se.scb.dispatch.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceListTest {

    static final String EXAMPLE = String.join("\n",
            "# Example figures, not real prices",
            "sheets_per_letter=2",
            "grams_per_sheet=4,99",
            "envelope_grams=6",
            "",
            "valid_from;channel;operator;max_grams;price_sek",
            "2026-07-01;DIGITAL;;;4.50",
            "2026-07-01;DIGITAL;kivra;;3.90",
            "2026-07-01;PAPER;;50;14.00",
            "2026-07-01;PAPER;;100;28,00",
            "# Digital dearer from the new year; paper stays",
            "2027-01-01;DIGITAL;;;5.00");

    private final PriceList prices = PriceList.parse("prices.csv", EXAMPLE);

    @Test
    void aDigitalLetterTakesItsOperatorsPriceElseTheOneForAny() {
        LocalDate day = LocalDate.of(2026, 12, 1);

        assertThat(prices.digital("kivra", day)).contains(new BigDecimal("3.90"));
        assertThat(prices.digital("KIVRA", day)).contains(new BigDecimal("3.90"));
        assertThat(prices.digital("fortnox", day)).contains(new BigDecimal("4.50"));
    }

    @Test
    void theListInForceIsTheLatestOnOrBeforeTheDayForEachChannel() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);

        assertThat(prices.digital("fortnox", LocalDate.of(2026, 12, 31))).contains(new BigDecimal("4.50"));
        assertThat(prices.digital("fortnox", newYear)).contains(new BigDecimal("5.00"));
        // The new digital list has no row for kivra: the one for any operator applies.
        assertThat(prices.digital("kivra", newYear)).contains(new BigDecimal("5.00"));
        assertThat(prices.paper(new BigDecimal("50"), newYear)).contains(new BigDecimal("14.00"));
        assertThat(prices.digital("kivra", LocalDate.of(2026, 6, 30))).isEmpty();
    }

    @Test
    void paperTakesTheLightestStepThatHoldsTheLetter() {
        LocalDate day = LocalDate.of(2026, 12, 1);

        assertThat(prices.paperWeight()).contains(new PaperWeight(2, new BigDecimal("4.99"), new BigDecimal("6")));
        assertThat(prices.paperWeight().orElseThrow().grams()).isEqualByComparingTo("15.98");
        assertThat(prices.paper(new BigDecimal("15.98"), day)).contains(new BigDecimal("14.00"));
        assertThat(prices.paper(new BigDecimal("50"), day)).contains(new BigDecimal("14.00"));
        assertThat(prices.paper(new BigDecimal("50.01"), day)).contains(new BigDecimal("28.00"));
        assertThat(prices.paper(new BigDecimal("100.5"), day)).isEmpty();
    }

    @Test
    void withoutWeightSettingsTheFileLeavesTheWeightToTheCaller() {
        PriceList bare = PriceList.parse("p.csv", "valid_from;channel;operator;max_grams;price_sek\n2026-07-01;DIGITAL;;;4.50\n");

        assertThat(bare.paperWeight()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-13-01;DIGITAL;;;4.50 | prices.csv line 2, column valid_from: '2026-13-01' is not a date such as 2026-07-01",
        "2026-07-01;EMAIL;;;4.50 | prices.csv line 2, column channel: 'EMAIL' is not a channel; write DIGITAL or PAPER",
        "2026-07-01;DIGITAL;;20;4.50 | prices.csv line 2, column max_grams: a digital letter weighs nothing; leave max_grams blank",
        "2026-07-01;PAPER;;;14 | prices.csv line 2, column max_grams: '' is not a weight step in whole grams, e.g. 50",
        "2026-07-01;PAPER;postnord;50;14 | prices.csv line 2, column operator: paper is priced by weight alone; leave operator blank",
        "2026-07-01;DIGITAL;;;4.50 kr | prices.csv line 2, column price_sek: '4.50 kr' is not a price in kronor, e.g. 4.50 or 4,50",
        "2026-07-01;DIGITAL;;;-1 | prices.csv line 2, column price_sek: '-1' is not a price in kronor, e.g. 4.50 or 4,50",
        "2026-07-01;DIGITAL;4.50 | prices.csv line 2: 3 fields where the header has 5 (separate them with ;)"})
    void aBadRowIsNamedByLineAndColumn(String row, String message) {
        String text = "valid_from;channel;operator;max_grams;price_sek\n" + row + "\n";

        assertThatThrownBy(() -> PriceList.parse("prices.csv", text)).isInstanceOf(PriceListException.class).hasMessage(message);
    }

    @Test
    void aRepeatedPriceNamesBothLines() {
        String text = "valid_from;channel;operator;max_grams;price_sek\n2026-07-01;DIGITAL;Kivra;;3.90\n\n2026-07-01;DIGITAL;kivra;;3.80\n";

        assertThatThrownBy(() -> PriceList.parse("prices.csv", text)).isInstanceOfSatisfying(PriceListException.class, e -> {
            assertThat(e).hasMessage("prices.csv line 4: the same price as line 2 (valid_from, channel, operator and max_grams); keep one");
            assertThat(e.line()).isEqualTo(4);
        });
    }

    @Test
    void headerSettingsAndEmptyFilesAreChecked() {
        assertThatThrownBy(() -> PriceList.parse("p.csv", "from;channel;price\n")).hasMessage(
                "p.csv line 1: the header must be valid_from;channel;operator;max_grams;price_sek, not from;channel;price");
        assertThatThrownBy(() -> PriceList.parse("p.csv", "# nothing yet\n")).hasMessage(
                "p.csv: no prices; the file needs the header valid_from;channel;operator;max_grams;price_sek and a row per price");
        assertThatThrownBy(() -> PriceList.parse("p.csv", "gram_per_sheet=5\n")).isInstanceOfSatisfying(PriceListException.class,
                e -> assertThat(e.column()).isEqualTo("gram_per_sheet"));
        assertThatThrownBy(() -> PriceList.parse("p.csv", "sheets_per_letter=0\n")).hasMessage(
                "p.csv line 1, column sheets_per_letter: '0' is not a whole number of sheets, at least 1");
    }
}
