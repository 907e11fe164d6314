package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {

    @TempDir
    Path folder;

    private Fixtures fixtures;

    @BeforeEach
    void writeFixtures() throws Exception {
        fixtures = new Fixtures(folder);
        // The template also asks for a variable the population lacks.
        Fixtures.write(fixtures.template, List.of(
                "{ \"sender\": { \"organisationNumber\": \"202100-5489\", \"name\": \"Statistikmyndigheten\" },",
                "  \"subject\": \"Inbjudan\",",
                "  \"text\": \"Hej {{namn}}! Koden {{kod}} gäller till {{svarsdatum}}.\" }"));
    }

    @Test
    void humanOutputNamesTheVariablesMissingFromTheSource() {
        Cli.Result result = preview();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Rows read: 9", "Missing from the source: {{svarsdatum}}");
        assertThat(result.out()).doesNotContain(fixtures.unmaskedForms());
    }

    @Test
    void jsonListsTheMissingVariablesAndTheColumns() throws Exception {
        JsonNode report = new JsonMapper().readTree(preview("--json").out());

        assertThat(report.get("rows").asLong()).isEqualTo(9);
        assertThat(report.get("missingFromSource")).extracting(JsonNode::asText).containsExactly("svarsdatum");
        assertThat(report.get("variables")).extracting(variable -> variable.get("name").asText())
                .containsExactly("recipient_id", "namn", "utdelningsadress", "postnummer", "postort", "kod", "case_id");
        assertThat(report.get("samples")).isNotEmpty();
    }

    private Cli.Result preview(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("preview", "--population", fixtures.population.toString(),
                "--template", fixtures.template.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}
