package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dispatch report}: text, JSON and the HTML file, on the fixtures' dispatch. */
class ReportCommandTest {

    private static final String EXAMPLE_PRICES = Path.of("prices", "example-prices.csv").toString();

    @TempDir
    Path folder;

    private Workspace workspace;
    private String dispatchId;

    @BeforeEach
    void sendTheFixturesAndImportAnswers() throws Exception {
        workspace = new Workspace(folder);
        Fixtures fixtures = new Fixtures(folder);
        dispatchId = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--json")).get("dispatchId").asText();
        Path answers = Fixtures.write(folder.resolve("svar.csv"), List.of("case_id;event;at;channel", "C1;RESPONDED;2030-01-02T10:00;web",
                "C2;RESPONDED;2030-01-02T11:00;web"));
        workspace.journal("responses", "import", answers.toString());
    }

    @Test
    void jsonHasTheSectionsAndTheCostOfThePriceList() {
        JsonNode report = Workspace.json(workspace.journal("report", dispatchId, "--prices", EXAMPLE_PRICES, "--json"));

        assertThat(report.get("dispatchId").asText()).isEqualTo(dispatchId);
        assertThat(report.get("letters").asLong()).isEqualTo(9);
        assertThat(report.fieldNames()).toIterable().contains("outcomes", "operators", "process", "coverage", "cost").doesNotContain("experiment");
        assertThat(report.get("cost").fieldNames()).toIterable().contains("currency", "total", "byChannel", "byArm", "perResponse");
        assertThat(report.at("/cost/responses").asLong()).isEqualTo(2);
        assertThat(report.at("/cost/total").decimalValue()).isPositive();
        assertThat(report.at("/process/facts/7/fact").asText()).isEqualTo("responded");
        assertThat(report.at("/process/facts/7/count").asLong()).isEqualTo(2);
    }

    @Test
    void textByDefaultAndTheHtmlFileInTheLanguageAsked() throws Exception {
        Path html = folder.resolve("out").resolve("report.html");

        Cli.Result text = workspace.journal("report", dispatchId, "--html", html.toString(), "--lang", "en");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Outcomes and reasons", "Process data", "Share with a digital mailbox", "HTML report: " + html.toAbsolutePath())
                .doesNotContain("Cost (");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang='en'>", "Dispatch report", "<svg class='chart rates' id='chart-process'");
        assertThat(Files.readString(writeSwedish(), StandardCharsets.UTF_8)).contains("<html lang='sv'>", "Utskicksrapport");
    }

    @Test
    void aLanguageOtherThanSwedishOrEnglishAndAnUnknownDispatchAreUsageErrors() {
        Cli.Result language = workspace.journal("report", dispatchId, "--lang", "de");
        Cli.Result unknown = workspace.journal("report", "no-such-dispatch");

        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("sv or en");
        assertThat(unknown.exitCode()).isEqualTo(2);
    }

    private Path writeSwedish() {
        Path html = folder.resolve("rapport.html");
        Cli.Result result = workspace.journal("report", dispatchId, "--html", html.toString(), "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Workspace.json(result).get("dispatchId").asText()).as("--json keeps stdout JSON only").isEqualTo(dispatchId);
        return html;
    }
}
