package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --prices}: what the validated letters would cost, by the shipped example price list. */
class ValidatePricesTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Path EXAMPLE_PRICES = Path.of("prices/example-prices.csv");

    @TempDir
    Path folder;

    private Fixtures fixtures;

    @BeforeEach
    void writeFixtures() throws Exception {
        fixtures = new Fixtures(folder);
    }

    private Cli.Result validate(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--population", fixtures.population.toString(),
                "--template", fixtures.template.toString(), "--reachability", fixtures.reachability.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void jsonEstimatesDigitalByOperatorAndPaperByWeight() throws Exception {
        Cli.Result result = validate("--prices", EXAMPLE_PRICES.toString(), "--price-date", "2026-12-01", "--json");

        assertThat(result.err()).isEmpty();
        JsonNode cost = JSON.readTree(result.out()).get("cost");
        // One letter at kivra (4.00), one at fortnox (any operator, 5.00), three on paper of 1 × 5 + 6 = 11 g (15.00 each).
        assertThat(cost.get("currency").asText()).isEqualTo("SEK");
        assertThat(cost.get("total").decimalValue()).isEqualByComparingTo("54.00");
        assertThat(cost.get("byChannel").get("DIGITAL").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(cost.get("byChannel").get("PAPER").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(cost.get("byOperator").get("kivra").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(cost.get("paperGrams").decimalValue()).isEqualByComparingTo("11");
        assertThat(cost.get("unpricedLetters").asLong()).isZero();
    }

    @Test
    void heavierLettersTakeAHigherStepAndTheFlagsOverrideTheFile() throws Exception {
        JsonNode cost = JSON.readTree(validate("--prices", EXAMPLE_PRICES.toString(), "--price-date", "2026-12-01",
                "--sheets", "9", "--json").out()).get("cost");

        // 9 × 5 + 6 = 51 g: the 100 g step, 30.00 each.
        assertThat(cost.get("byChannel").get("PAPER").decimalValue()).isEqualByComparingTo("90.00");
    }

    @Test
    void beforeTheListIsInForceLettersAreUnpricedAndSaidSo() {
        Cli.Result result = validate("--prices", EXAMPLE_PRICES.toString(), "--price-date", "2026-06-30");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Cost estimate (SEK)").contains("5 letters have no price in the list");
    }

    @Test
    void aBadPriceListNamesItsLineAndColumn() throws Exception {
        Path prices = Fixtures.write(folder.resolve("prices.csv"), List.of(
                "valid_from;channel;operator;max_grams;price_sek",
                "2026-07-01;DIGITAL;;;4.00",
                "2026-07-01;PAPER;;fifty;15.00"));

        Cli.Result result = validate("--prices", prices.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--prices: prices.csv line 3, column max_grams: 'fifty' is not a weight step in whole grams");
        assertThat(result.errLines()).isEqualTo(1);
    }
}
