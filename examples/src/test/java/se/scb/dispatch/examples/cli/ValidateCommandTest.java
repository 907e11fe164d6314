package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path folder;

    private Fixtures fixtures;

    @BeforeEach
    void writeFixtures() throws Exception {
        fixtures = new Fixtures(folder);
    }

    @Test
    void jsonCountsEveryOutcomeReasonAndOperator() throws Exception {
        Cli.Result result = validate("--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("total").asLong()).isEqualTo(9);
        assertThat(JSON.convertValue(report.get("outcomes"), Map.class)).isEqualTo(Map.of("DIGITAL", 2, "PAPER", 3, "FAILED", 4));
        assertThat(JSON.convertValue(report.get("reasons"), Map.class)).isEqualTo(Map.of(
                "INVALID_RECIPIENT_ID", 1, "DUPLICATE_RECIPIENT", 1, "MISSING_VARIABLE", 1, "ADDRESS_INCOMPLETE", 1,
                "SENDER_BLOCKED", 1, "MAILBOX_PENDING", 1, "NO_MAILBOX", 1));
        assertThat(JSON.convertValue(report.get("operators"), Map.class)).isEqualTo(Map.of("kivra", 1, "fortnox", 1));
    }

    @Test
    void jsonHasOneEntryPerRowWithTheRecipientMasked() throws Exception {
        JsonNode recipients = JSON.readTree(validate("--json").out()).get("recipients");

        assertThat(recipients).hasSize(9);
        JsonNode first = recipients.get(0);
        assertThat(first.get("row").asLong()).isEqualTo(1);
        assertThat(first.get("recipient").asText()).isEqualTo(fixtures.atKivra.masked());
        assertThat(first.get("outcome").asText()).isEqualTo("DIGITAL");
        assertThat(first.get("operator").asText()).isEqualTo("kivra");
        assertThat(first.get("reason").isNull()).isTrue();

        JsonNode typo = recipients.get(4);
        assertThat(typo.get("row").asLong()).isEqualTo(5);
        assertThat(typo.get("recipient").isNull()).isTrue();
        assertThat(typo.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(typo.get("operator").isNull()).isTrue();
        assertThat(typo.get("reason").asText()).isEqualTo("INVALID_RECIPIENT_ID");
        assertThat(typo.get("message").asText()).isNotBlank();

        JsonNode duplicate = recipients.get(5);
        assertThat(duplicate.get("recipient").asText()).isEqualTo(fixtures.atKivra.masked());
        assertThat(duplicate.get("reason").asText()).isEqualTo("DUPLICATE_RECIPIENT");

        JsonNode noStreet = recipients.get(7);
        assertThat(noStreet.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(noStreet.get("reason").asText()).isEqualTo("ADDRESS_INCOMPLETE");
        assertThat(noStreet.get("message").asText()).contains("street");
    }

    @Test
    void noIdentityNumberAppearsUnmaskedInEitherOutput() {
        for (Cli.Result result : new Cli.Result[] {validate("--json"), validate()}) {
            assertThat(result.out()).doesNotContain(fixtures.unmaskedForms());
            assertThat(Cli.hasUnmaskedId(result.out())).as("an unmasked id in:%n%s", result.out()).isFalse();
        }
    }

    @Test
    void humanOutputIsASummaryWithTheFailedRows() {
        Cli.Result result = validate();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Rows: 9", "DIGITAL", "MAILBOX_PENDING", "fortnox", "Failed rows:", "INVALID_RECIPIENT_ID",
                fixtures.atKivra.masked());
    }

    @Test
    void aBrokenReachabilityFileIsAUsageErrorOnOneLine() throws Exception {
        Fixtures.write(fixtures.reachability, java.util.List.of("recipient_id;status;operator", "191212121212;MAYBE;", "x;REACHABLE;"));

        Cli.Result result = validate("--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).isEqualTo(1);
        assertThat(result.err()).contains("--reachability", "line 2", "line 3").doesNotContain("191212121212");
        assertThat(result.out()).isEmpty();
    }

    private Cli.Result validate(String... more) {
        String[] args = {"validate", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
            "--reachability", fixtures.reachability.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }
}
