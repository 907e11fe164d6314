package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config} chooses the providers by name, as provider discovery does for any system. */
class ConfigOptionTest {

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
    void aFileNamingTheFakesAndThePrintBatchChannelSends() throws Exception {
        Path config = properties("dispatch.recipient-directory=fake", "fake.reachability=" + fixtures.reachability,
                "dispatch.mailbox-operator=fake", "dispatch.paper-channel=print-batch");

        JsonNode report = Workspace.json(workspace.sending("send", "--config", config.toString(), "--population", fixtures.population.toString(),
                "--template", fixtures.template.toString(), "--json"));

        assertThat(report.get("final").get("states").get("DELIVERED").asLong()).isEqualTo(2);
        assertThat(report.get("final").get("states").get("HANDED_TO_PAPER").asLong()).isEqualTo(3);
        JsonNode batch = report.get("paper").get("batches").get(0);
        assertThat(Path.of(batch.get("path").asText())).startsWith(workspace.out().toAbsolutePath());
        assertThat(Path.of(batch.get("path").asText()).resolve("manifest.csv")).exists();
    }

    @Test
    void validateAsksTheConfiguredDirectory() throws Exception {
        Path config = properties("dispatch.recipient-directory=fake", "fake.reachability=" + fixtures.reachability,
                "dispatch.mailbox-operator=fake");

        JsonNode report = Workspace.json(Cli.run("validate", "--config", config.toString(), "--population", fixtures.population.toString(),
                "--template", fixtures.template.toString(), "--json"));

        assertThat(report.get("outcomes").get("DIGITAL").asLong()).isEqualTo(2);
        assertThat(report.get("reasons").get("SENDER_BLOCKED").asLong()).isEqualTo(1);
    }

    @Test
    void aProviderThatIsNotThereIsAOneLineUsageError() throws Exception {
        Path config = properties("dispatch.recipient-directory=fake", "dispatch.mailbox-operator=nonexistent",
                "dispatch.paper-channel=print-batch");

        String[] inputs = {"--config", config.toString(), "--population", fixtures.population.toString(), "--template", fixtures.template.toString()};
        for (Cli.Result result : List.of(workspace.sending(Workspace.with(new String[] {"send"}, inputs)),
                Cli.run(Workspace.with(new String[] {"validate"}, inputs)))) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.errLines()).as(result.err()).isEqualTo(1);
            assertThat(result.err()).contains("'nonexistent'", "dispatch.mailbox-operator").doesNotContain("Exception");
            assertThat(result.out()).isEmpty();
        }
        Cli.Result run = workspace.sending("run", "--until-idle", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
    }

    @Test
    void maxInFlightSetsTheConfiguredOperatorsOwnBoundOverTheFile() throws Exception {
        Path config = properties("dispatch.recipient-directory=fake", "fake.reachability=" + fixtures.reachability,
                "dispatch.mailbox-operator=kivra", "dispatch.paper-channel=print-batch", "kivra.max-in-flight=0");
        String[] inputs = {"--config", config.toString(), "--population", fixtures.population.toString(), "--template", fixtures.template.toString()};

        Cli.Result fromTheFile = workspace.sending(Workspace.with(new String[] {"send"}, inputs));
        Cli.Result fromTheFlag = workspace.sending(Workspace.with(new String[] {"send", "--max-in-flight", "4"}, inputs));

        assertThat(fromTheFile.exitCode()).isEqualTo(2);
        assertThat(fromTheFile.err()).contains("kivra.max-in-flight must be at least 1");
        assertThat(fromTheFlag.exitCode()).as("Kivra lacks its URL and credentials all the same").isEqualTo(2);
        assertThat(fromTheFlag.err()).contains("Kivra configuration").doesNotContain("kivra.max-in-flight");
    }

    @Test
    void maxInFlightOutOfRangeIsAOneLineUsageError() throws Exception {
        Cli.Result result = workspace.sending("send", "--max-in-flight", "0", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--max-in-flight must be from 1 to 1000, was 0.");
    }

    @Test
    void theDemoRefusesAnOperatorOtherThanTheFake() throws Exception {
        Path config = properties("dispatch.mailbox-operator=kivra", "dispatch.paper-channel=print-batch");

        Cli.Result result = workspace.sending("demo", "--recipients", "10", "--config", config.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).isEqualTo(1);
        assertThat(result.err()).contains("made-up identity numbers", "dispatch.mailbox-operator=fake");
        assertThat(Files.exists(Path.of(workspace.db() + ".mv.db"))).as("no journal opened").isFalse();
    }

    private Path properties(String... lines) throws Exception {
        return Fixtures.write(folder.resolve("dispatch.properties"), List.of(lines));
    }
}
