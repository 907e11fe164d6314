package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.jdbc.JdbcJournal;

/** {@code --experiment} on validate and send, and the arms in status and history. */
class ExperimentCommandsTest {

    @TempDir
    Path folder;

    private Fixtures fixtures;
    private Workspace workspace;

    @BeforeEach
    void writeFixtures() throws Exception {
        fixtures = new Fixtures(folder);
        workspace = new Workspace(folder);
        Fixtures.write(folder.resolve("kort.json"), List.of(
                "{\"sender\": {\"organisationNumber\": \"202100-5489\", \"name\": \"Statistikmyndigheten\"},",
                " \"subject\": \"Kort inbjudan\", \"text\": \"Hej {{namn}}, koden är {{kod}}.\"}"));
    }

    private Path experiment(long seed) throws Exception {
        return Fixtures.write(folder.resolve("experiment-" + seed + ".json"), List.of(
                "{\"seed\": " + seed + ", \"strata\": [\"age_group\"], \"arms\": [",
                "  {\"name\": \"digital\", \"weight\": 1},",
                "  {\"name\": \"paper\", \"weight\": 1, \"channel\": \"PAPER_ONLY\"},",
                "  {\"name\": \"short\", \"weight\": 2, \"template\": \"kort.json\"}]}"));
    }

    @Test
    void validateJsonGivesEachRowItsArmAndCountsEachArm() throws Exception {
        JsonNode report = Workspace.json(validate("--experiment", experiment(20261201L).toString(), "--json"));

        JsonNode recipients = report.get("recipients");
        assertThat(recipients).hasSize(9);
        for (int row : new int[] {0, 1, 2, 3, 6, 7, 8}) {
            assertThat(recipients.get(row).get("arm").asText()).as("row %d", row + 1).isIn("digital", "paper", "short");
        }
        assertThat(recipients.get(4).get("arm").isNull()).as("an invalid id takes no part").isTrue();
        assertThat(recipients.get(5).get("arm").isNull()).as("a repeated recipient takes no part").isTrue();
        JsonNode arms = report.get("arms");
        assertThat(arms.get("digital").get("total").asLong() + arms.get("paper").get("total").asLong() + arms.get("short").get("total").asLong())
                .isEqualTo(7);
        assertThat(arms.get("paper").get("DIGITAL").asLong()).isZero();
    }

    @Test
    void withoutAnExperimentTheJsonHasNoArms() throws Exception {
        JsonNode report = Workspace.json(validate("--json"));

        assertThat(report.get("recipients").get(0).has("arm")).isFalse();
        assertThat(report.has("arms")).isFalse();
    }

    @Test
    void validateAndSendGiveTheSameArmsAndAnotherSeedOthers() throws Exception {
        Path file = experiment(20261201L);
        List<Optional<String>> validated = arms(Workspace.json(validate("--experiment", file.toString(), "--json")));

        JsonNode sent = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--experiment", file.toString(), "--json"));

        String dispatchId = sent.get("dispatchId").asText();
        try (Journal journal = JdbcJournal.open(workspace.db())) {
            assertThat(journal.allLetters(dispatchId, LetterQuery.all()).map(JournalEntry::arm).toList()).isEqualTo(validated);
        }
        JsonNode paperArm = sent.get("final").get("arms").get("paper");
        assertThat(paperArm.get("DELIVERED").asLong()).as("a paper-only arm delivers nothing digitally").isZero();
        // A paper-only arm's letter whose address will not do fails (the row without a street), the rest go on paper.
        assertThat(paperArm.get("HANDED_TO_PAPER").asLong() + paperArm.get("FAILED").asLong()).isEqualTo(paperArm.get("letters").asLong());
        assertThat(arms(Workspace.json(validate("--experiment", experiment(7L).toString(), "--json")))).isNotEqualTo(validated);
    }

    @Test
    void statusAndHistoryShowTheArmsOfADispatchWithAnExperiment() throws Exception {
        JsonNode sent = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--experiment", experiment(3L).toString(),
                "--json"));
        String dispatchId = sent.get("dispatchId").asText();

        Cli.Result status = workspace.journal("status", dispatchId);
        Cli.Result history = workspace.journal("history");
        JsonNode statusJson = Workspace.json(workspace.journal("status", dispatchId, "--json"));

        assertThat(status.out()).contains("Arm", "digital", "paper", "short");
        assertThat(history.out()).contains("Arm", "paper", "short");
        assertThat(statusJson.get("arms").get("short").get("letters").asLong()).isPositive();
        assertThat(statusJson.get("arms").get("short").get("open").asLong()).isZero();
    }

    @Test
    void aFileWithAProblemIsAUsageErrorNamingTheKey() throws Exception {
        Path broken = Fixtures.write(folder.resolve("broken.json"), List.of(
                "{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 0}, {\"name\": \"a\", \"weight\": 1, \"colour\": \"red\"}]}"));

        Cli.Result result = validate("--experiment", broken.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--experiment", "'arms[0].weight'", "Unknown key 'arms[1].colour'");
    }

    @Test
    void aStratumThePopulationLacksIsAUsageErrorNamingIt() throws Exception {
        Path byCounty = Fixtures.write(folder.resolve("lan.json"), List.of(
                "{\"seed\": 1, \"strata\": [\"lan\"], \"arms\": [{\"name\": \"a\", \"weight\": 1}]}"));

        Cli.Result result = validate("--experiment", byCounty.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'strata' names 'lan', which is not a column of the population");
    }

    @Test
    void validateTextCountsEachArm() throws Exception {
        Cli.Result result = validate("--experiment", experiment(20261201L).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Arm", "digital", "paper", "short");
        assertThat(result.out()).doesNotContain(fixtures.unmaskedForms());
    }

    private static List<Optional<String>> arms(JsonNode report) {
        List<Optional<String>> arms = new ArrayList<>();
        report.get("recipients").forEach(row -> arms.add(row.get("arm").isNull() ? Optional.empty() : Optional.of(row.get("arm").asText())));
        return arms;
    }

    private Cli.Result validate(String... more) {
        return Cli.run(Workspace.with(new String[] {"validate", "--population", fixtures.population.toString(), "--template",
            fixtures.template.toString(), "--reachability", fixtures.reachability.toString()}, more));
    }
}
