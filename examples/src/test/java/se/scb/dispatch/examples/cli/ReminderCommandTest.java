package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** send --reminder: the reminder is a dispatch of its own that run sends to the cases without a response. */
class ReminderCommandTest {

    @TempDir
    Path folder;

    @Test
    void aReminderGoesByTheFirstLettersRoutingToTheCasesThatHaveNotResponded() throws Exception {
        Workspace workspace = new Workspace(folder);
        Fixtures fixtures = new Fixtures(folder);
        Path reminder = Fixtures.write(folder.resolve("paminnelse.json"), List.of(
                "{",
                "  \"sender\": { \"organisationNumber\": \"202100-5489\", \"name\": \"Statistikmyndigheten\" },",
                "  \"subject\": \"Påminnelse\",",
                "  \"text\": \"Hej {{namn}}! Glöm inte koden {{kod}}.\"",
                "}"));
        String first = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--reminder", "PT0S=" + reminder,
                "--json")).get("dispatchId").asText();
        Path answers = Fixtures.write(folder.resolve("svar.csv"), List.of("C1;RESPONDED;2026-11-30T10:00;web"));
        workspace.journal("responses", "import", answers.toString());

        Cli.Result run = workspace.sending("run", "--until-idle");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode reminderDispatch = StreamSupport.stream(Workspace.json(workspace.journal("history", "--json")).get("dispatches").spliterator(), false)
                .filter(dispatch -> !dispatch.get("dispatchId").asText().equals(first))
                .findFirst().orElseThrow();
        assertThat(reminderDispatch.get("name").asText()).endsWith("(reminder 1)");
        JsonNode status = Workspace.json(workspace.journal("status", reminderDispatch.get("dispatchId").asText(), "--json"));
        assertThat(status.get("total").asLong()).as("C1, C2 digital; C3, C4, C9 on paper").isEqualTo(5);
        assertThat(status.get("states").get("CANCELLED").asLong()).as("C1 responded").isEqualTo(1);
        assertThat(status.get("states").get("DELIVERED").asLong()).isEqualTo(1);
        assertThat(status.get("states").get("HANDED_TO_PAPER").asLong()).isEqualTo(3);
        assertThat(status.get("duplicates").asLong()).isZero();
    }

    @Test
    void aReminderEndingInPaperGoesOnPaperToEveryCaseWithoutAResponse() throws Exception {
        Workspace workspace = new Workspace(folder);
        Fixtures fixtures = new Fixtures(folder);
        String first = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--reminder",
                "PT0S=" + fixtures.template + ",paper", "--json")).get("dispatchId").asText();
        workspace.journal("responses", "import", Fixtures.write(folder.resolve("svar.csv"), List.of("C1;RESPONDED;2026-11-30T10:00;web")).toString());

        Cli.Result run = workspace.sending("run", "--until-idle");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode reminderDispatch = StreamSupport.stream(Workspace.json(workspace.journal("history", "--json")).get("dispatches").spliterator(), false)
                .filter(dispatch -> !dispatch.get("dispatchId").asText().equals(first))
                .findFirst().orElseThrow();
        JsonNode status = Workspace.json(workspace.journal("status", reminderDispatch.get("dispatchId").asText(), "--json"));
        assertThat(status.get("states").get("CANCELLED").asLong()).as("C1 responded").isEqualTo(1);
        assertThat(status.get("states").path("DELIVERED").asLong()).as("none digital").isZero();
        assertThat(status.get("states").get("HANDED_TO_PAPER").asLong()).as("C2 too, who has a mailbox").isEqualTo(4);
    }

    @Test
    void aReminderThatIsNotWhenEqualsTemplateIsAUsageError() throws Exception {
        Fixtures fixtures = new Fixtures(folder);
        Cli.Result result = new Workspace(folder).sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--reminder", "soon");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--reminder: 'soon' is not WHEN=TEMPLATE");
    }
}
