package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dispatch run} without {@code --until-idle}: a service that sends what falls due until it is stopped. */
class RunServiceTest {

    @TempDir
    Path folder;

    @Test
    void sendsAScheduledDispatchWhenItFallsDueAndStopsCleanlyOnSigterm() throws Exception {
        Workspace workspace = new Workspace(folder);
        Fixtures fixtures = new Fixtures(folder);
        // Due well after the plan is written even on a loaded machine: the service, not 'send', must send it.
        JsonNode planned = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--at",
                Instant.now().plusSeconds(15).toString(), "--json"));
        String id = planned.get("dispatchId").asText();
        assertThat(planned.get("final")).as("nothing is sent when planning").isNull();

        ChildProgram service = ChildProgram.start(folder, "service", "run", "--db", workspace.db(), "--out", workspace.out().toString());
        // Stopped only once it runs: a SIGTERM while the JVM is still starting would find no shutdown hook.
        assertThat(service.awaitErrLine(line -> line.contains("until stopped"), Duration.ofSeconds(60))).as("the service started").isTrue();
        awaitSent(workspace, service);
        int exitCode = service.stop();

        assertThat(service.err()).contains("until stopped", "Stopping");
        assertThat(exitCode).as("the exit code of a JVM ended by SIGTERM").isEqualTo(143);
        JsonNode status = Workspace.json(workspace.journal("status", id, "--json"));
        assertThat(status.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(status.get("final").asLong()).isEqualTo(9);
        assertThat(status.get("received").asLong()).isEqualTo(2);
    }

    /**
     * Waits until the fake operator received both digital letters and the paper letters' batch is
     * written; what the journal still has to record of them, the round in progress records before
     * the service stops.
     */
    private static void awaitSent(Workspace workspace, ChildProgram service) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp) && service.isAlive()) {
            if (Files.exists(workspace.received()) && Files.readAllLines(workspace.received()).size() == 2 && hasBatch(workspace.out())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The service did not send the dispatch within 60 s; stderr: " + service.err());
    }

    private static boolean hasBatch(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (Stream<Path> batches = Files.list(out)) {
            return batches.anyMatch(batch -> Files.exists(batch.resolve("manifest.csv")));
        }
    }
}
