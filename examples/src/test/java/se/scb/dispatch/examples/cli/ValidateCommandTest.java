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
    void jsonGivesEachRowItsCaseIdWhateverItsOutcome() throws Exception {
        JsonNode recipients = JSON.readTree(validate("--json").out()).get("recipients");

        for (int i = 0; i < 9; i++) {
            assertThat(recipients.get(i).get("caseId").asText()).as("row %d", i + 1).isEqualTo("C" + (i + 1));
        }
    }

    @Test
    void jsonCaseIdIsNullForARowWithoutOne() throws Exception {
        Fixtures.write(fixtures.population, java.util.List.of("recipient_id;namn;utdelningsadress;postnummer;postort;kod;case_id",
                fixtures.atKivra.formatted() + ";Anna Andersson;Storgatan 1;111 22;Stockholm;KOD1;",
                fixtures.withoutMailbox.formatted() + ";Erik Eriksson;Kyrkogatan 3;211 33;Malmö;KOD3;C3"));

        JsonNode recipients = JSON.readTree(validate("--json").out()).get("recipients");

        assertThat(recipients.get(0).get("caseId").isNull()).isTrue();
        assertThat(recipients.get(1).get("caseId").asText()).isEqualTo("C3");
    }

    @Test
    void aVariableNoColumnProvidesIsNamedOnceAtTheTopAndEveryRowStillSaysMissingVariable() throws Exception {
        useTemplateText("Hej {{namn}}! Logga in med koden {{kod}} senast {{svarsdatum}}.");

        Cli.Result text = validate();
        JsonNode json = JSON.readTree(validate("--json").out());

        assertThat(text.out()).startsWith("Missing from the source: {{svarsdatum}}");
        assertThat(text.out().split("Missing from the source", -1)).as("said once").hasSize(2);
        assertThat(json.get("missingFromSource")).extracting(JsonNode::asText).containsExactly("svarsdatum");
        assertThat(json.get("reasons").get("MISSING_VARIABLE").asLong()).as("every row past the id checks").isEqualTo(7);
    }

    @Test
    void noNoticeWhenEveryVariableIsAColumnEvenIfSomeRowLeavesOneBlank() throws Exception {
        Cli.Result text = validate();

        assertThat(text.out()).doesNotContain("Missing from the source").startsWith("Rows: 9");
        assertThat(JSON.readTree(validate("--json").out()).get("missingFromSource")).isEmpty();
    }

    @Test
    void aJsonLinesPopulationIsReadToTheEndForItsColumns() throws Exception {
        Path population = Fixtures.write(folder.resolve("urval.jsonl"), java.util.List.of(
                "{\"recipient_id\": \"" + fixtures.atKivra.formatted() + "\", \"namn\": \"Anna\"}",
                "{\"recipient_id\": \"" + fixtures.withoutMailbox.formatted() + "\", \"namn\": \"Erik\", \"kod\": \"K2\"}"));

        Cli.Result text = Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).doesNotContain("Missing from the source");
    }

    private void useTemplateText(String body) throws Exception {
        Fixtures.write(fixtures.template, java.util.List.of(
                "{",
                "  \"sender\": { \"organisationNumber\": \"202100-5489\", \"name\": \"Statistikmyndigheten\" },",
                "  \"subject\": \"Inbjudan till undersökning\",",
                "  \"text\": \"" + body + "\"",
                "}"));
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
