package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.examples.demo.DemoTemplate;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.template.MessageTemplate;

/** What a restarted program does with dispatches left unfinished: a plan cut short, a dispatch paused or running. */
class RecoveryTest {

    @TempDir
    Path folder;

    @Test
    void aDemoWhosePlanWasCutShortIsCancelledAndPlannedAnew() {
        Workspace workspace = new Workspace(folder);
        String interrupted = planCutShort(workspace, "demo-s1-n50");

        Cli.Result demo = workspace.sending("demo", "--recipients", "50", "--json");

        JsonNode report = Workspace.json(demo);
        assertThat(demo.err()).contains("Dispatch " + interrupted + " 'demo-s1-n50': plan interrupted; planning it anew.");
        assertThat(report.get("resumed").asBoolean()).isFalse();
        assertThat(report.get("send").get("final").get("total").asLong()).isEqualTo(50);
        assertThat(state(workspace, interrupted)).isEqualTo("CANCELLED");
    }

    @Test
    void resumeCancelsACutShortPlanAndSendsWhatWasDue() throws Exception {
        Workspace workspace = new Workspace(folder);
        Fixtures fixtures = new Fixtures(folder);
        String interrupted = planCutShort(workspace, "dispatch urval.csv");
        Instant soon = Instant.now().plusMillis(800);
        String due = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--at", soon.toString(), "--json"))
                .get("dispatchId").asText();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon).toMillis()) + 100);

        Cli.Result resume = workspace.sending("resume");

        assertThat(resume.exitCode()).as(resume.err()).isZero();
        assertThat(resume.out()).contains("Dispatch " + interrupted + " 'dispatch urval.csv': plan interrupted; send it again.",
                "Dispatch " + due + " 'dispatch urval.csv' was SCHEDULED; sending it until every letter has settled.", "all settled");
        assertThat(state(workspace, interrupted)).isEqualTo("CANCELLED");
        assertThat(state(workspace, due)).isEqualTo("COMPLETED");
        assertThat(workspace.sending("resume").out()).contains("Nothing to resume");
    }

    @Test
    void aPausedDemoGoesOnWhereItStoppedWhenRunAgain() throws Exception {
        Workspace workspace = new Workspace(folder);
        // Slow enough that the pause lands long before the last letter: 16 letters in flight per operator, 200 ms each.
        String[] demo = {"demo", "--recipients", "400", "--latency-ms", "200", "--json"};
        CompletableFuture<Cli.Result> first = CompletableFuture.supplyAsync(() -> workspace.sending(demo));
        String id = awaitSending(workspace);

        Cli.Result pause = workspace.journal("pause", id);
        JsonNode stopped = Workspace.json(first.join());

        assertThat(pause.exitCode()).as(pause.err()).isZero();
        assertThat(stopped.get("send").get("final").get("PLANNED")).isNull();
        long settledBefore = stopped.get("send").get("final").get("states").get("DELIVERED").asLong();
        assertThat(settledBefore).isLessThan(stopped.get("validation").get("outcomes").get("DIGITAL").asLong());
        assertThat(state(workspace, id)).isEqualTo("PAUSED");

        Cli.Result again = workspace.sending(demo);

        JsonNode report = Workspace.json(again);
        assertThat(again.err()).contains("Going on with dispatch " + id, "left PAUSED");
        assertThat(report.get("resumed").asBoolean()).isTrue();
        assertThat(report.get("send").get("dispatchId").asText()).isEqualTo(id);
        assertThat(report.get("send").get("final").get("total").asLong()).isEqualTo(400);
        JsonNode status = Workspace.json(workspace.journal("status", id, "--json"));
        assertThat(status.get("final").asLong()).isEqualTo(400);
        assertThat(status.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(status.get("duplicates").asLong()).isZero();
    }

    /** The id of the demo's dispatch once some of its letters were delivered. */
    private static String awaitSending(Workspace workspace) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp)) {
            Cli.Result history = workspace.journal("history", "--state", "RUNNING", "--json");
            if (history.exitCode() == 2 && history.err().contains("There is no journal")) {
                Thread.sleep(50);
                continue; // the demo has not created it yet
            }
            JsonNode dispatches = Workspace.json(history).get("dispatches");
            if (dispatches.size() == 1 && dispatches.get(0).get("states").get("DELIVERED").asLong() > 0) {
                return dispatches.get(0).get("dispatchId").asText();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The demo did not start sending within 30 s");
    }

    /** A dispatch left in PLANNING, as a process killed while writing the plan leaves it. */
    private static String planCutShort(Workspace workspace, String name) {
        String id = UUID.randomUUID().toString();
        MessageTemplate template = DemoTemplate.invitation();
        try (Journal journal = JdbcJournal.open(workspace.db())) {
            JournalStore.of(journal).createDispatch(new DispatchRecord(id, DispatchOptions.named(name), template.sender().organisationNumber().canonical(),
                    template.subject(), JournalCodec.template(template), DispatchState.PLANNING, Instant.now(), Optional.empty()));
        }
        return id;
    }

    private static String state(Workspace workspace, String id) {
        return Workspace.json(workspace.journal("status", id, "--json")).get("state").asText();
    }
}
