package se.scb.dispatch.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.config.InvalidConfigurationException;

/** Reading an experiment file: what it gives, and an error naming the key for each thing a file can get wrong. */
class ExperimentFileTest {

    private static final String SHORT_TEMPLATE = """
            {"sender": {"organisationNumber": "202100-5489", "name": "SCB"}, "subject": "Kort", "text": "Hej {{namn}}!"}
            """;

    @TempDir
    Path folder;

    @Test
    void readsSeedStrataAndArmsWithTheirTemplateChannelAndSendTime() throws IOException {
        Files.createDirectories(folder.resolve("letters"));
        Files.writeString(folder.resolve("letters/short.json"), SHORT_TEMPLATE, StandardCharsets.UTF_8);
        Path file = write("""
                {"seed": 20261201, "strata": ["aldersgrupp", "lan"], "arms": [
                  {"name": "digital", "weight": 1},
                  {"name": "paper", "weight": 1, "channel": "PAPER_ONLY", "sendAt": "2026-12-01T09:00"},
                  {"name": "short", "weight": 2, "template": "letters/short.json", "sendAt": "2026-12-01T09:00:00+01:00"}]}
                """);

        Experiment experiment = Experiment.load(file);

        assertThat(experiment.seed()).isEqualTo(20261201L);
        assertThat(experiment.strata()).containsExactly("aldersgrupp", "lan");
        assertThat(experiment.arms()).extracting(Experiment.Arm::name).containsExactly("digital", "paper", "short");
        Experiment.Arm digital = experiment.arm("digital").orElseThrow();
        assertThat(digital.weight()).isEqualTo(1);
        assertThat(digital.channel()).isEqualTo(Experiment.Channel.DIGITAL_FIRST);
        assertThat(digital.template()).isEmpty();
        assertThat(digital.sendAt()).isEmpty();
        Experiment.Arm paper = experiment.arm("paper").orElseThrow();
        assertThat(paper.paperOnly()).isTrue();
        // Swedish local time without an offset: 09:00 in December is 08:00 UTC.
        assertThat(paper.sendAt()).contains(Instant.parse("2026-12-01T08:00:00Z"));
        Experiment.Arm shortArm = experiment.arm("short").orElseThrow();
        assertThat(shortArm.weight()).isEqualTo(2);
        assertThat(shortArm.template().orElseThrow().subject()).isEqualTo("Kort");
        assertThat(shortArm.sendAt()).contains(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void strataMayBeLeftOutForOneStratumOfEveryone() throws IOException {
        Experiment experiment = Experiment.load(write("{\"seed\": 7, \"arms\": [{\"name\": \"a\", \"weight\": 1}]}"));

        assertThat(experiment.strata()).isEmpty();
        assertThat(experiment.arm("b")).isEqualTo(Optional.empty());
    }

    @Test
    void namesAnUnknownKeyAtTheTopAndInAnArm() throws IOException {
        assertProblem("{\"seed\": 1, \"stata\": [], \"arms\": [{\"name\": \"a\", \"weight\": 1}]}", "Unknown key 'stata'");
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 1, \"chanel\": \"PAPER_ONLY\"}]}", "Unknown key 'arms[0].chanel'");
    }

    @Test
    void namesAnArmNamedTwice() throws IOException {
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 1}, {\"name\": \"a\", \"weight\": 2}]}",
                "'arms' names the arm 'a' twice");
    }

    @Test
    void namesAWeightThatIsNotAWholeNumberAtLeastOne() throws IOException {
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 0}]}", "'arms[0].weight' must be a whole number, at least 1, not 0");
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": -2}]}", "'arms[0].weight' must be a whole number, at least 1, not -2");
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 1.5}]}", "'arms[0].weight' must be a whole number, at least 1, not 1.5");
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": \"2\"}]}", "'arms[0].weight' must be a whole number");
    }

    @Test
    void namesMissingOrEmptyArms() throws IOException {
        assertProblem("{\"seed\": 1, \"arms\": []}", "'arms' is missing or empty");
        assertProblem("{\"seed\": 1}", "'arms' is missing or empty");
    }

    @Test
    void namesAMissingOrBrokenSeed() throws IOException {
        assertProblem("{\"arms\": [{\"name\": \"a\", \"weight\": 1}]}", "'seed' is missing");
        assertProblem("{\"seed\": \"abc\", \"arms\": [{\"name\": \"a\", \"weight\": 1}]}", "'seed' must be a whole number");
    }

    @Test
    void namesATemplateFileThatDoesNotParse() throws IOException {
        Files.writeString(folder.resolve("broken.json"), "{\"subject\": ", StandardCharsets.UTF_8);

        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 1, \"template\": \"broken.json\"}]}",
                "'arms[0].template' (broken.json) is not a template that can be used");
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 1, \"template\": \"missing.json\"}]}",
                "'arms[0].template' (missing.json) is not a template that can be used");
    }

    @Test
    void namesAChannelOrSendTimeItDoesNotKnow() throws IOException {
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 1, \"channel\": \"EMAIL\"}]}",
                "'arms[0].channel' must be DIGITAL_FIRST or PAPER_ONLY");
        assertProblem("{\"seed\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 1, \"sendAt\": \"tomorrow\"}]}", "'arms[0].sendAt' must be an ISO-8601 time");
    }

    @Test
    void gathersEveryProblemOfTheFileInOneMessageThatNamesTheFile() throws IOException {
        Path file = write("{\"seed\": 1, \"colour\": 1, \"arms\": [{\"name\": \"a\", \"weight\": 0}, {\"weight\": 1}]}");

        assertThatThrownBy(() -> Experiment.load(file))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining(file.toString())
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).problems()).hasSize(3));
    }

    @Test
    void namesAFileThatIsNotJson() throws IOException {
        assertProblem("{\"seed\": 1,", "not valid JSON");
        assertProblem("[1, 2]", "must hold a JSON object");
    }

    private void assertProblem(String json, String expected) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> Experiment.load(file)).isInstanceOf(InvalidConfigurationException.class).hasMessageContaining(expected);
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(folder, "experiment", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
