package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {

    @TempDir
    Path folder;

    @Test
    void everyLetterEndsDeliveredOnPaperOrFailed() throws Exception {
        Fixtures fixtures = new Fixtures(folder);

        Cli.Result result = new Workspace(folder).sending("send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode report = new JsonMapper().readTree(result.out());
        assertThat(report.get("plan").get("total").asLong()).isEqualTo(9);
        assertThat(new JsonMapper().convertValue(report.get("final").get("states"), Map.class)).isEqualTo(Map.of(
                "PLANNED", 0, "CLAIMED", 0, "DELIVERED", 2, "HANDED_TO_PAPER", 3, "FAILED", 4, "CANCELLED", 0));
        assertThat(report.get("final").get("reasons").get("NO_MAILBOX").asLong()).isEqualTo(1);
        assertThat(result.out()).doesNotContain(fixtures.unmaskedForms());
    }
}
