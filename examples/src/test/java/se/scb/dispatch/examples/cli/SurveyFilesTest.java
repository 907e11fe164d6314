package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey files shipped in examples/survey, which the README points a new user at, work as it says. */
class SurveyFilesTest {

    private static final Path SURVEY = Path.of("survey");
    private static final String[] FILES = {"--population", SURVEY.resolve("urval.csv").toString(), "--template",
        SURVEY.resolve("inbjudan.json").toString(), "--reachability", SURVEY.resolve("brevlador.csv").toString()};

    @Test
    void the_sample_validates_into_each_outcome_with_its_reason() {
        JsonNode report = Workspace.json(Cli.run(command("validate")));

        assertThat(report.get("outcomes").get("DIGITAL").asLong()).isEqualTo(2);
        assertThat(report.get("outcomes").get("PAPER").asLong()).isEqualTo(2);
        assertThat(report.get("outcomes").get("FAILED").asLong()).isEqualTo(1);
    }

    @Test
    void the_sample_sends_with_the_attachment_in_every_letter_and_on_paper(@TempDir Path workspace) throws IOException {
        Workspace files = new Workspace(workspace);
        JsonNode report = Workspace.json(files.sending(command("send")));

        assertThat(report.get("final").get("states").get("DELIVERED").asLong()).isEqualTo(2);
        assertThat(report.get("final").get("states").get("HANDED_TO_PAPER").asLong()).isEqualTo(2);
        try (Stream<Path> printed = Files.walk(files.out())) {
            assertThat(printed.filter(path -> path.getFileName().toString().equals("letters.pdf"))).hasSize(1);
        }
    }

    /** The command with the survey's files, asking for JSON. */
    private static String[] command(String name) {
        return Workspace.with(Workspace.with(new String[] {name}, FILES), "--json");
    }
}
