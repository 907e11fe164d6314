package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path folder;

    @Test
    void countsOfTwoThousandAddUpEverywhereAndEveryOutcomeOccurs() throws Exception {
        Cli.Result result = new Workspace(folder).sending("demo", "--recipients", "2000", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode report = JSON.readTree(result.out());
        JsonNode validation = report.get("validation");
        assertThat(validation.get("total").asLong()).isEqualTo(2000);
        assertThat(sum(validation.get("outcomes"))).isEqualTo(2000);
        assertThat(validation.get("outcomes").get("DIGITAL").asLong()).isPositive();
        assertThat(validation.get("outcomes").get("PAPER").asLong()).isPositive();
        assertThat(validation.get("outcomes").get("FAILED").asLong()).isPositive();
        assertThat(sum(validation.get("operators"))).isEqualTo(validation.get("outcomes").get("DIGITAL").asLong());
        assertThat(sum(validation.get("reasons")))
                .isEqualTo(validation.get("outcomes").get("PAPER").asLong() + validation.get("outcomes").get("FAILED").asLong());
        assertThat(validation.get("reasons").fieldNames()).toIterable().contains("INVALID_RECIPIENT_ID", "DUPLICATE_RECIPIENT",
                "MISSING_VARIABLE", "ADDRESS_INCOMPLETE", "NO_MAILBOX", "SENDER_BLOCKED", "MAILBOX_PENDING");
        assertThat(validation.get("operators").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("kivra", "minmyndighetspost", "fortnox", "billo");

        JsonNode sent = report.get("send");
        assertThat(sent.get("plan")).isEqualTo(validation);
        JsonNode finalStates = sent.get("final");
        assertThat(finalStates.get("total").asLong()).isEqualTo(2000);
        assertThat(sum(finalStates.get("states"))).isEqualTo(2000);
        assertThat(finalStates.get("states").get("DELIVERED").asLong()).isPositive();
        assertThat(finalStates.get("states").get("HANDED_TO_PAPER").asLong()).isPositive();
        assertThat(finalStates.get("states").get("FAILED").asLong()).isPositive();
        assertThat(report.get("preview").get("rows").asLong()).isEqualTo(2000);
    }

    @Test
    void theSameSeedGivesTheSameReportAndAnotherSeedAnother() throws Exception {
        // A journal each: one journal keeps a case's answers once, at the earliest time, whichever dispatch they came with.
        JsonNode first = withoutIds(new Workspace(Files.createDirectory(folder.resolve("first"))).sending("demo", "--recipients", "600", "--seed", "42", "--json"));
        JsonNode again = withoutIds(new Workspace(Files.createDirectory(folder.resolve("again"))).sending("demo", "--recipients", "600", "--seed", "42", "--json"));
        JsonNode other = withoutIds(new Workspace(Files.createDirectory(folder.resolve("other"))).sending("demo", "--recipients", "600", "--seed", "43", "--json"));

        assertThat(again).isEqualTo(first);
        assertThat(other.get("preview")).isNotEqualTo(first.get("preview"));
    }

    @Test
    void humanSummaryShowsEachPartWithRecipientsMaskedAndProgressOnStderr() {
        Cli.Result result = new Workspace(folder).sending("demo", "--recipients", "300");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Preview", "Validation", "Send", "DIGITAL", "kivra", "NO_MAILBOX", "DELIVERED",
                "The send's plan matches the validation.", "Paper", "print batch(es) in " + folder.resolve("out").toAbsolutePath());
        assertThat(Cli.hasUnmaskedId(result.out())).as("an unmasked id in stdout").isFalse();
        assertThat(result.err()).contains("Sending: 100% (300/300)").doesNotContain("Exception");
    }

    @Test
    void itSaysWhereTheJournalWasWrittenAndThatAddressColumnsAreForPaper() throws Exception {
        Workspace workspace = new Workspace(folder);

        Cli.Result text = workspace.sending("demo", "--recipients", "50");
        JsonNode json = Workspace.json(workspace.sending("demo", "--recipients", "50", "--json"));

        String journalFile = Path.of(workspace.db()).toAbsolutePath() + ".mv.db";
        assertThat(Path.of(journalFile)).exists();
        assertThat(text.out()).contains("in the journal " + journalFile, "Used for paper letters' addresses: namn, utdelningsadress, postnummer, postort");
        assertThat(text.out()).containsPattern("Columns neither the template nor paper letters use: [^\\n]*kon")
                .doesNotContainPattern("Columns neither the template nor paper letters use: [^\\n]*postnummer");
        assertThat(json.get("journal").asText()).isEqualTo(journalFile);
    }

    @Test
    void runsATwoArmExperimentAndWritesTheReportWithItsChartsBesideThePrintBatches() throws Exception {
        Workspace workspace = new Workspace(folder);
        JsonNode demo = Workspace.json(workspace.sending("demo", "--recipients", "400", "--json"));

        Path page = Path.of(demo.get("report").asText());
        assertThat(page).isEqualTo(folder.resolve("out").resolve("report.html").toAbsolutePath());
        String html = Files.readString(page);
        assertThat(html).contains("<svg", "brev", "kort").doesNotContain("<script", "http://", "src=");
        JsonNode report = Workspace.json(workspace.journal("report", demo.get("send").get("dispatchId").asText(), "--json"));
        JsonNode arms = report.get("experiment").get("arms");
        assertThat(arms).extracting(arm -> arm.get("name").asText()).containsExactly("brev", "kort");
        long brev = arms.get(0).get("letters").asLong();
        long kort = arms.get(1).get("letters").asLong();
        assertThat(brev + kort).as("every row that takes part: valid and not repeated").isGreaterThan(380);
        // Within 1 of half in each stratum (sex × age group; some ten strata), so the totals differ by a few at most.
        assertThat(Math.abs(brev - kort)).isLessThanOrEqualTo(12);
        assertThat(report.get("experiment").get("comparisons").get(0).get("arm").asText()).isEqualTo("kort");
        assertThat(demo.get("process").get("responded").get("count").asLong()).as("the demo's made-up answers").isPositive();
    }

    @Test
    void aSampleOfNoRowsIsAUsageError() {
        Cli.Result result = Cli.run("demo", "--recipients", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).isEqualTo(1);
        assertThat(result.err()).contains("--recipients must be at least 1");
    }

    private static long sum(JsonNode counts) {
        return StreamSupport.stream(counts.spliterator(), false).mapToLong(JsonNode::asLong).sum();
    }

    /** The report without what differs from run to run: the dispatch id and the ids of its print batches. */
    private static JsonNode withoutIds(Cli.Result result) throws Exception {
        assertThat(result.exitCode()).isZero();
        ObjectNode report = (ObjectNode) JSON.readTree(result.out());
        ((ObjectNode) report.get("send")).remove("dispatchId");
        ((ObjectNode) report.get("process")).remove("dispatchId");
        report.remove("paper");
        report.remove("journal");
        report.remove("report");
        return report;
    }
}
