package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code send --at} a time to come plans only; {@code run --until-idle} sends it when its time has come. */
class ScheduleAndRunTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Fixtures fixtures;

    @BeforeEach
    void writeFixtures() throws Exception {
        workspace = new Workspace(folder);
        fixtures = new Fixtures(folder);
    }

    @Test
    void aDispatchForLaterIsPlannedNotSentAndRunSendsItWhenItsTimeHasCome() throws Exception {
        Instant start = Instant.now().plusMillis(2500);

        JsonNode planned = Workspace.json(workspace.sending(send("--at", start.toString(), "--json")));
        String id = planned.get("dispatchId").asText();

        assertThat(planned.get("scheduled").asBoolean()).isTrue();
        assertThat(planned.get("plan").get("total").asLong()).isEqualTo(9);
        JsonNode before = Workspace.json(workspace.journal("status", id, "--json"));
        assertThat(before.get("state").asText()).isEqualTo("SCHEDULED");
        assertThat(before.get("states").get("PLANNED").asLong()).isEqualTo(5);
        assertThat(Files.exists(workspace.received())).as("the fake operator received nothing").isFalse();

        Cli.Result early = workspace.sending("run", "--until-idle");
        assertThat(early.exitCode()).isZero();
        assertThat(Workspace.json(workspace.journal("status", id, "--json")).get("states").get("PLANNED").asLong()).isEqualTo(5);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), start).toMillis()) + 100);
        Cli.Result run = workspace.sending("run", "--until-idle");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Idle", id);
        JsonNode after = Workspace.json(workspace.journal("status", id, "--json"));
        assertThat(after.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(after.get("final").asLong()).isEqualTo(9);
        assertThat(after.get("states").get("DELIVERED").asLong()).isEqualTo(2);
        assertThat(after.get("received").asLong()).isEqualTo(2);
        assertThat(after.get("duplicates").asLong()).isZero();
    }

    @Test
    void aPlainTextPlanSaysWhenAndHowItWillBeSent() {
        Cli.Result planned = workspace.sending(send("--at", "2099-01-05T08:00", "--window", "Mon-Fri 09:00-17:00", "--per-minute", "600",
                "--waves", "3", "--wave-interval", "PT4H"));

        assertThat(planned.exitCode()).as(planned.err()).isZero();
        assertThat(planned.out()).contains("Planned, nothing sent yet", "2099-01-05 08:00:00+01:00", "'dispatch run' on the journal");
    }

    @Test
    void aScheduleThatCannotBeUsedIsAUsageError() {
        for (String[] wrong : new String[][] {{"--window", "Xyz 09:00-17:00"}, {"--window", "Mon-Fri 17:00-09:00"}, {"--window", "Fri-Mon 09:00-17:00"},
                {"--at", "tomorrow"}, {"--waves", "0"}, {"--per-minute", "0"}, {"--wave-interval", "1 day"}}) {
            Cli.Result result = workspace.sending(send(wrong));

            assertThat(result.exitCode()).as(String.join(" ", wrong)).isEqualTo(2);
            assertThat(result.errLines()).as(result.err()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
        }
    }

    private String[] send(String... more) {
        return Workspace.with(new String[] {"send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString()}, more);
    }
}
