package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user can fix ends with exit code 2 and one line on stderr, never a stack trace. */
class UsageErrorTest {

    @TempDir
    Path folder;

    private Fixtures fixtures;

    @BeforeEach
    void writeFixtures() throws Exception {
        fixtures = new Fixtures(folder);
    }

    @Test
    void anUnknownFlag() {
        Cli.Result result = Cli.run("demo", "--recipeints", "10");

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("--recipeints", "dispatch demo --help");
    }

    @Test
    void anUnknownCommandOrNoneAtAll() {
        assertOneLineUsageError(Cli.run("sned"));
        Cli.Result none = Cli.run();
        assertOneLineUsageError(none);
        assertThat(none.err()).contains("Missing a command");
    }

    @Test
    void aValueThatIsNotANumber() {
        assertOneLineUsageError(Cli.run("demo", "--recipients", "many"));
    }

    @Test
    void aMissingFile() {
        Path missing = folder.resolve("saknas.csv");

        Cli.Result result = Cli.run("preview", "--population", missing.toString(), "--template", fixtures.template.toString());

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("--population", "no such file", "saknas.csv");
    }

    @Test
    void aFolderWhereAFileShouldBe() {
        Cli.Result result = Cli.run("validate", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", folder.toString());

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("--reachability", "not a regular file");
    }

    @Test
    void aMissingRequiredOption() {
        Cli.Result result = Cli.run("send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString());

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("--reachability");
    }

    @Test
    void aTemplateThatIsNotValidJson() throws Exception {
        Fixtures.write(fixtures.template, List.of("{ \"subject\": \"Inbjudan\",", "  \"text\": "));

        Cli.Result result = Cli.run("preview", "--population", fixtures.population.toString(), "--template", fixtures.template.toString());

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("inbjudan.json", "not valid JSON");
    }

    @Test
    void aTemplateWithAnUnknownKey() throws Exception {
        Fixtures.write(fixtures.template, List.of("{ \"sender\": { \"organisationNumber\": \"202100-5489\", \"name\": \"SCB\" },",
                "  \"subjekt\": \"Inbjudan\", \"text\": \"Hej {{namn}}\" }"));

        Cli.Result result = Cli.run("validate", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString());

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("subjekt");
    }

    @Test
    void aPopulationWithoutARecipientColumn() throws Exception {
        Fixtures.write(fixtures.population, List.of("namn;kod", "Anna;K1"));

        Cli.Result result = Cli.run("preview", "--population", fixtures.population.toString(), "--template", fixtures.template.toString());

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("recipient");
    }

    @Test
    void aPopulationThatCannotBeReadLeavesTheJsonOutputEmpty() throws Exception {
        Fixtures.write(fixtures.population, List.of("namn;kod", "Anna;K1"));

        Cli.Result result = Cli.run("validate", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--json");

        assertOneLineUsageError(result);
    }

    @Test
    void aJournalThatCannotBeOpenedWithoutShowingThePasswordInItsUrl() {
        Cli.Result result = Cli.run("history", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=u&password=hemligt&connectTimeout=2");

        assertOneLineUsageError(result);
        assertThat(result.err()).contains("--db", "cannot be opened").doesNotContain("hemligt");
    }

    private static void assertOneLineUsageError(Cli.Result result) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.errLines()).as("lines on stderr: %s", result.err()).isEqualTo(1);
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(result.out()).isEmpty();
    }
}
