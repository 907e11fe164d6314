package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history, status, log, pause, cancel and purge on a journal with one dispatch sent and one scheduled for later. */
class JournalCommandsTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Fixtures fixtures;
    private String sent;
    private String scheduled;

    @BeforeEach
    void sendOneAndScheduleAnother() throws Exception {
        workspace = new Workspace(folder);
        fixtures = new Fixtures(folder);
        sent = Workspace.json(workspace.sending(send("--json"))).get("dispatchId").asText();
        String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        scheduled = Workspace.json(workspace.sending(send("--at", inAnHour, "--json"))).get("dispatchId").asText();
    }

    @Test
    void historyListsTheNewestFirstAndFiltersByStateAndTime() {
        Cli.Result all = workspace.journal("history");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains(sent, scheduled, "COMPLETED", "SCHEDULED", "dispatch urval.csv");
        assertThat(all.out().indexOf(scheduled)).isLessThan(all.out().indexOf(sent));

        JsonNode completed = Workspace.json(workspace.journal("history", "--state", "COMPLETED", "--json")).get("dispatches");
        assertThat(completed).hasSize(1);
        assertThat(completed.get(0).get("dispatchId").asText()).isEqualTo(sent);
        assertThat(completed.get(0).get("total").asLong()).isEqualTo(9);
        assertThat(completed.get(0).get("final").asLong()).isEqualTo(9);
        assertThat(completed.get(0).get("firstSentAt").isTextual()).isTrue();

        JsonNode newest = Workspace.json(workspace.journal("history", "--limit", "1", "--json")).get("dispatches");
        assertThat(newest).hasSize(1);
        assertThat(newest.get(0).get("dispatchId").asText()).isEqualTo(scheduled);

        Cli.Result tomorrow = workspace.journal("history", "--from", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        assertThat(tomorrow.out()).contains("No dispatch matches.");
    }

    @Test
    void statusCountsTheLettersAndWhatTheFakeOperatorReceived() {
        JsonNode status = Workspace.json(workspace.journal("status", sent, "--json"));

        assertThat(status.get("dispatchId").asText()).isEqualTo(sent);
        assertThat(status.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(status.get("total").asLong()).isEqualTo(9);
        assertThat(status.get("final").asLong()).isEqualTo(9);
        assertThat(status.get("states").get("DELIVERED").asLong()).isEqualTo(2);
        assertThat(status.get("states").get("HANDED_TO_PAPER").asLong()).isEqualTo(3);
        assertThat(status.get("reasons").get("NO_MAILBOX").asLong()).isEqualTo(1);
        assertThat(status.get("received").asLong()).isEqualTo(2);
        assertThat(status.get("repeats").asLong()).isZero();
        assertThat(status.get("duplicates").asLong()).isZero();

        JsonNode waiting = Workspace.json(workspace.journal("status", scheduled, "--json"));
        assertThat(waiting.get("states").get("PLANNED").asLong()).isEqualTo(5);
        assertThat(waiting.get("received").asLong()).isZero();

        Cli.Result text = workspace.journal("status", sent);
        assertThat(text.out()).contains("State: COMPLETED", "DELIVERED", "0 duplicates");
        assertThat(text.out()).doesNotContain(fixtures.unmaskedForms());
    }

    @Test
    void anUnknownDispatchIsAUsageError() {
        for (String command : List.of("status", "log", "pause", "cancel", "purge")) {
            Cli.Result result = workspace.journal(command, "no-such-id");

            assertThat(result.exitCode()).as(command).isEqualTo(2);
            assertThat(result.errLines()).as(command).isEqualTo(1);
            assertThat(result.err()).contains("No dispatch with id no-such-id");
        }
    }

    @Test
    void theLogHasEveryLetterFromPlanToItsEndInOrder() {
        JsonNode events = Workspace.json(workspace.journal("log", sent, "--json")).get("events");

        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).contains("PLANNED", "SENT", "DELIVERED", "PAPER_BATCHED", "HANDED_TO_PAPER", "FAILED").doesNotContain("CLAIMED");
        assertThat(types.subList(0, 9)).containsOnly("PLANNED", "FAILED");
        assertThat(types.lastIndexOf("PLANNED")).isLessThan(types.indexOf("SENT"));
        assertThat(workspace.journal("log", sent).out()).doesNotContain(fixtures.unmaskedForms());
    }

    @Test
    void aRecipientsLogShowsOnlyTheirRowsWithTheNumberMasked() {
        Cli.Result text = workspace.journal("log", sent, "--recipient", fixtures.atKivra.formatted());
        JsonNode json = Workspace.json(workspace.journal("log", sent, "--recipient", fixtures.atKivra.canonical(), "--json"));

        assertThat(text.exitCode()).isZero();
        // The fixtures have this person twice: the letter that was delivered, and a later row failed as a duplicate.
        assertThat(text.out()).contains(fixtures.atKivra.masked(), "DELIVERED", "DUPLICATE_RECIPIENT").doesNotContain("HANDED_TO_PAPER");
        assertThat(text.out()).doesNotContain(fixtures.unmaskedForms());
        assertThat(json.get("recipient").asText()).isEqualTo(fixtures.atKivra.masked());
        assertThat(json.toString()).doesNotContain(fixtures.unmaskedForms());
        List<String> messageIds = new ArrayList<>();
        json.get("events").forEach(event -> messageIds.add(event.get("messageId").asText()));
        // The plan first (PLANNED; PLANNED and FAILED for the duplicate), then the delivered letter's SENT and DELIVERED.
        assertThat(messageIds).hasSize(5).containsOnly(messageIds.get(0), messageIds.get(1));
        assertThat(messageIds.get(1)).isNotEqualTo(messageIds.get(0));
        assertThat(messageIds.subList(3, 5)).containsOnly(messageIds.get(0));
    }

    @Test
    void aRecipientThatIsNoIdentityNumberIsAUsageErrorThatDoesNotRepeatIt() {
        String mistyped = fixtures.atKivra.formatted() + "9";

        Cli.Result result = workspace.journal("log", sent, "--recipient", mistyped);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).isEqualTo(1);
        assertThat(result.err()).contains("--recipient").doesNotContain(mistyped, fixtures.atKivra.canonical());
    }

    @Test
    void pauseResumeAndCancelAScheduledDispatch() {
        Cli.Result paused = workspace.journal("pause", scheduled);
        assertThat(paused.exitCode()).isZero();
        assertThat(paused.out()).contains("paused");
        assertThat(state(scheduled)).isEqualTo("PAUSED");
        assertThat(workspace.journal("pause", scheduled).out()).contains("paused already");

        Cli.Result resumed = workspace.sending("resume", scheduled);
        assertThat(resumed.exitCode()).isZero();
        assertThat(resumed.out()).contains("resumed", "scheduled for");
        assertThat(state(scheduled)).isEqualTo("RUNNING");

        Cli.Result cancelled = workspace.journal("cancel", scheduled);
        assertThat(cancelled.exitCode()).isZero();
        assertThat(cancelled.out()).contains("5 letters not yet sent were cancelled");
        JsonNode status = Workspace.json(workspace.journal("status", scheduled, "--json"));
        assertThat(status.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(status.get("states").get("CANCELLED").asLong()).isEqualTo(5);
        assertThat(status.get("final").asLong()).isEqualTo(9);
    }

    @Test
    void whatAFinishedDispatchCannotDo() {
        Cli.Result pause = workspace.journal("pause", sent);
        Cli.Result cancel = workspace.journal("cancel", sent);

        assertThat(pause.exitCode()).isEqualTo(2);
        assertThat(pause.err()).contains("COMPLETED", "only a scheduled or running dispatch can be paused");
        assertThat(cancel.exitCode()).isEqualTo(2);
        assertThat(cancel.err()).contains("COMPLETED already");
        assertThat(state(sent)).isEqualTo("COMPLETED");
    }

    @Test
    void purgeRemovesThePersonalDataOfAFinishedDispatchAndKeepsItsCounts() {
        Cli.Result notYet = workspace.journal("purge", scheduled);
        assertThat(notYet.exitCode()).isEqualTo(2);
        assertThat(notYet.err()).contains("SCHEDULED", "cancel it or let it finish");

        Cli.Result purged = workspace.journal("purge", sent);
        assertThat(purged.exitCode()).isZero();
        assertThat(purged.out()).contains("personal data purged");
        assertThat(workspace.journal("purge", sent).out()).contains("purged already");

        JsonNode status = Workspace.json(workspace.journal("status", sent, "--json"));
        assertThat(status.get("total").asLong()).isEqualTo(9);
        assertThat(status.get("states").get("DELIVERED").asLong()).isEqualTo(2);
        assertThat(status.get("purgedAt").isTextual()).isTrue();
        assertThat(workspace.journal("log", sent, "--recipient", fixtures.atKivra.formatted()).out())
                .contains("personal data was purged");
    }

    private String state(String dispatchId) {
        return Workspace.json(workspace.journal("status", dispatchId, "--json")).get("state").asText();
    }

    private String[] send(String... more) {
        return Workspace.with(new String[] {"send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString()}, more);
    }

    @Test
    void commandsOnAJournalThatIsNotThereSaySoAndCreateNothing(@TempDir Path elsewhere) {
        String mistyped = elsewhere.resolve("jornal").toString();
        for (String[] command : List.of(new String[] {"history"}, new String[] {"status", sent}, new String[] {"log", sent},
                new String[] {"pause", sent}, new String[] {"cancel", sent}, new String[] {"purge", sent})) {
            Cli.Result result = Cli.run(Workspace.with(command, "--db", mistyped));

            assertThat(result.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(result.errLines()).as(command[0]).isEqualTo(1);
            assertThat(result.err()).as(command[0]).contains("There is no journal at " + mistyped);
        }
        assertThat(elsewhere).isEmptyDirectory();
    }
}
