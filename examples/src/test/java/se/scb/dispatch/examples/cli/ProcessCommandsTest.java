package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** process, operators, events poll and responses import, on the demo and on the fixtures. */
class ProcessCommandsTest {

    private static final List<String> FACTS = List.of("delivered", "opened", "attachmentOpened", "notified", "operatorReminded", "blocked",
            "loggedIn", "responded");

    @TempDir
    Path folder;

    @Test
    void theDemoEndsWithProcessDataAndProcessShowsAbout80PercentOpenedWithEveryFactProvided() {
        Workspace workspace = new Workspace(folder);
        Cli.Result demo = workspace.sending("demo", "--recipients", "1500");
        assertThat(demo.out()).contains("Process data", "opened", "Time to open:     median");
        String dispatchId = Workspace.json(workspace.journal("history", "--json")).get("dispatches").get(0).get("dispatchId").asText();

        JsonNode process = Workspace.json(workspace.journal("process", dispatchId, "--json"));

        assertThat(process.get("dispatchId").asText()).isEqualTo(dispatchId);
        assertThat(process.get("letters").asLong()).isEqualTo(1500);
        assertThat(process.get("operators").findValuesAsText("name")).contains("Kivra", "Min myndighetspost");
        for (String fact : FACTS) {
            assertThat(process.get(fact).get("provided").asBoolean()).as(fact).isTrue();
        }
        assertThat(process.get("opened").get("share").asDouble()).isBetween(0.74, 0.86);
        assertThat(process.get("timeToOpen").get("medianHours").asDouble()).isBetween(2.0, 15.0);
        assertThat(process.get("timeToOpen").fieldNames()).toIterable()
                .containsExactly("count", "medianHours", "meanHours", "p25Hours", "p75Hours");
        assertThat(process.get("byChannel").get("digital").get("opened").get("count").asLong())
                .isEqualTo(process.get("opened").get("count").asLong());
        assertThat(Workspace.json(workspace.journal("process", dispatchId, "--json"))).as("reading changes nothing").isEqualTo(process);
    }

    @Test
    void respondedCountsTheDistinctAnsweredCaseIdsAmongTheLetters() throws Exception {
        Workspace workspace = new Workspace(folder);
        Fixtures fixtures = new Fixtures(folder);
        String dispatchId = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--json")).get("dispatchId").asText();
        Path answers = Fixtures.write(folder.resolve("svar.csv"), List.of(
                "case_id;event;at;channel",
                "C1;RESPONDED;2030-01-02T10:00;web",
                "C2;RESPONDED;2030-01-02T11:00;web",
                "C2;RESPONDED;2030-01-01T11:00;phone",
                "C3;LOGGED_IN;2030-01-02T10:00;web",
                "C3;RESPONDED;2030-01-02T10:30;web",
                "C404;RESPONDED;2030-01-02T10:30;web"));

        workspace.journal("responses", "import", answers.toString());
        workspace.journal("responses", "import", answers.toString());
        JsonNode process = Workspace.json(workspace.journal("process", dispatchId, "--json"));

        assertThat(process.get("responded").get("count").asLong()).isEqualTo(3);
        assertThat(process.get("loggedIn").get("count").asLong()).isEqualTo(1);
        assertThat(process.get("letters").asLong()).isEqualTo(9);
        assertThat(process.get("opened").get("provided").asBoolean()).isTrue();
        assertThat(process.get("opened").get("count").asLong()).as("the fake made no events here").isZero();
    }

    @Test
    void operatorsSaysWhatTheFakeCanTell() {
        JsonNode operators = Workspace.json(Cli.run("operators", "--json")).get("operators");

        assertThat(operators.get(0).get("name").asText()).isEqualTo("fake");
        assertThat(operators.get(0).get("processEvents").get("OPENED").asBoolean()).isTrue();
        assertThat(Cli.run("operators").out()).contains("ATTACHMENT_OPENED", "yes");
    }

    @Test
    void eventsPollOnAJournalStoresWhatTheOperatorHas() {
        Cli.Result poll = new Workspace(folder).journal("events", "poll");

        assertThat(poll.exitCode()).as(poll.err()).isZero();
        assertThat(poll.out()).contains("Polled 0 process events");
    }
}
