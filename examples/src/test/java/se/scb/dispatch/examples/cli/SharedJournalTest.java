package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.testkit.TestIdentityNumbers;
import se.scb.dispatch.testsupport.RequiresPostgres;

/** Two processes run one PostgreSQL journal at once: they share the letters, and no letter goes out twice. */
@RequiresPostgres
class SharedJournalTest {

    private static final int ROWS = 2000;

    @TempDir
    Path folder;

    @Test
    void twoRunnersShareADispatchAndSendEachLetterOnce() throws Exception {
        try (PostgresForTests database = PostgresForTests.freshSchema()) {
            Path received = folder.resolve("received.log");
            String[] shared = {"--db", database.url(), "--out", folder.resolve("out").toString()};
            Fixtures fixtures = new Fixtures(folder);
            Path population = folder.resolve("population.csv");
            Path reachability = folder.resolve("reachability.csv");
            writePopulation(population, reachability);
            Instant due = Instant.now().plusSeconds(2);

            JsonNode planned = Workspace.json(Cli.run(Workspace.with(new String[] {"send", "--population", population.toString(), "--template",
                    fixtures.template.toString(), "--reachability", reachability.toString(), "--at", due.toString(), "--json"}, shared)));
            String dispatchId = planned.get("dispatchId").asText();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 100);
            // Each runner's fake operator keeps its own file, so the files tell which runner sent what.
            Path receivedByOne = folder.resolve("received-1.log");
            Path receivedByOther = folder.resolve("received-2.log");
            ChildProgram one = ChildProgram.start(folder, "runner-1", runUntilIdle(shared, receivedByOne));
            ChildProgram other = ChildProgram.start(folder, "runner-2", runUntilIdle(shared, receivedByOther));

            assertThat(one.awaitExit(Duration.ofSeconds(90))).as(one.err()).isZero();
            assertThat(other.awaitExit(Duration.ofSeconds(90))).as(other.err()).isZero();
            assertThat(List.of(receivedByOne, receivedByOther)).as("both runners sent letters").allSatisfy(file -> assertThat(file).isNotEmptyFile());
            List<String> lines = new ArrayList<>(Files.readAllLines(receivedByOne, StandardCharsets.US_ASCII));
            lines.addAll(Files.readAllLines(receivedByOther, StandardCharsets.US_ASCII));
            Files.write(received, lines, StandardCharsets.US_ASCII);
            JsonNode status = Workspace.json(Cli.run(Workspace.with(new String[] {"status", dispatchId, "--json"}, "--db", database.url(),
                    "--received", received.toString())));
            assertThat(status.get("total").asLong()).isEqualTo(ROWS);
            assertThat(status.get("final").asLong()).isEqualTo(ROWS);
            assertThat(status.get("duplicates").asLong()).isZero();
            assertThat(status.get("repeats").asLong()).isZero();
            long digital = planned.get("plan").get("outcomes").get("DIGITAL").asLong();
            assertThat(status.get("states").get("DELIVERED").asLong()).isEqualTo(digital);
            List<String> messageIds = Files.readAllLines(received, StandardCharsets.US_ASCII).stream().map(line -> line.split(";")[0]).toList();
            assertThat(messageIds).hasSize((int) digital).doesNotHaveDuplicates();
        }
    }

    private static String[] runUntilIdle(String[] shared, Path received) {
        return Workspace.with(new String[] {"run", "--until-idle", "--latency-ms", "2", "--received", received.toString()}, shared);
    }

    /** Persons with complete addresses; nine in ten reachable digitally, the rest without a mailbox (paper). */
    private static void writePopulation(Path population, Path reachability) throws Exception {
        TestIdentityNumbers ids = new TestIdentityNumbers(2000);
        List<String> rows = new ArrayList<>(List.of("recipient_id;namn;utdelningsadress;postnummer;postort;kod;case_id"));
        List<String> answers = new ArrayList<>(List.of("recipient_id;status;operator"));
        for (int i = 1; i <= ROWS; i++) {
            PersonalIdentityNumber id = ids.personalIdentityNumber(1940 + i % 60);
            rows.add(id.formatted() + ";Person " + i + ";Storgatan " + i + ";111 22;Stockholm;KOD" + i + ";C" + i);
            if (i % 10 != 0) {
                answers.add(id.canonical() + ";REACHABLE;" + (i % 3 == 0 ? "fortnox" : "kivra"));
            }
        }
        Fixtures.write(population, rows);
        Fixtures.write(reachability, answers);
    }
}
