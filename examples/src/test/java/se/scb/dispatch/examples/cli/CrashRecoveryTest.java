package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/**
 * A demo killed (SIGKILL: no shutdown hook, no clean-up) at moments chosen at random and started
 * again each time, until one run finishes: every letter ends settled once, no recipient gets two
 * letters, and every paper letter is in exactly one print batch.
 */
class CrashRecoveryTest {

    private static final int RECIPIENTS = 3000;
    private static final Pattern SENDING = Pattern.compile("Sending: (\\d+)%");

    @TempDir
    Path folder;

    @Test
    void aDemoKilledAgainAndAgainEndsWithEveryLetterSettledOnce() throws Exception {
        Workspace workspace = new Workspace(folder);
        String[] demo = {"demo", "--recipients", Integer.toString(RECIPIENTS), "--latency-ms", "1", "--lease", "2", "--json",
                "--db", workspace.db(), "--out", workspace.out().toString()};
        Random random = new Random(20261126);

        // While it starts up or plans: a plan cut short is cancelled, and planned anew.
        ChildProgram first = ChildProgram.start(folder, "run-1", demo);
        Thread.sleep(300 + random.nextInt(2200));
        first.kill();
        // While it sends: the letters it held come back when its lease runs out.
        ChildProgram second = ChildProgram.start(folder, "run-2", demo);
        second.awaitErrLine(line -> SENDING.matcher(line).find(), Duration.ofSeconds(30));
        Thread.sleep(random.nextInt(1000));
        second.kill();
        // Late, near the print batch, which is written to the journal before it is handed over and handed over again after a crash.
        ChildProgram third = ChildProgram.start(folder, "run-3", demo);
        third.awaitErrLine(line -> sentAtLeast(line, 70), Duration.ofSeconds(30));
        Thread.sleep(random.nextInt(500));
        third.kill();
        ChildProgram last = ChildProgram.start(folder, "run-4", demo);

        assertThat(last.awaitExit(Duration.ofSeconds(60))).as(last.err()).isZero();
        String dispatchId = Workspace.json(new Cli.Result(0, last.out(), last.err())).get("send").get("dispatchId").asText();
        JsonNode status = Workspace.json(workspace.journal("status", dispatchId, "--json"));
        assertThat(status.get("total").asLong()).isEqualTo(RECIPIENTS);
        assertThat(status.get("final").asLong()).isEqualTo(RECIPIENTS);
        assertThat(status.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(status.get("duplicates").asLong()).isZero();
        assertThat(status.get("received").asLong()).isEqualTo(status.get("states").get("DELIVERED").asLong());
        assertThat(status.get("repeats").asLong()).isNotNegative();
        System.out.println("Crash test: " + status.get("repeats").asLong() + " repeats (letters the fake received again under the same"
                + " message id after a kill); the last run " + (last.err().contains("Going on with dispatch") ? "went on with" : "planned")
                + " the dispatch.");

        Set<String> handedToPaper = handedToPaper(workspace, dispatchId);
        Map<String, Integer> printed = messageIdsInManifests(workspace.out());
        assertThat(handedToPaper).isNotEmpty().hasSize((int) status.get("states").get("HANDED_TO_PAPER").asLong());
        assertThat(printed.keySet()).isEqualTo(handedToPaper);
        assertThat(printed.values()).as("times each paper letter is printed").containsOnly(1);
    }

    /**
     * A send killed once its first letters have gone out, while its plan is still being written (parts of 1 000 and 5 000
     * rows: 30 000 rows take seconds to plan), then resumed with the same population: the plan is continued, not planned
     * anew, so every row is planned once and no recipient gets two letters. Whether the kill came before the plan was
     * complete is printed, not asserted: the outcome must be the same either way.
     */
    @Test
    void aSendKilledWhileItsPlanIsWrittenIsContinuedByResumeWithEveryRowPlannedOnce() throws Exception {
        Workspace workspace = new Workspace(folder);
        int rows = 30_000;
        TestIdentityNumbers ids = new TestIdentityNumbers(7);
        List<String> population = new java.util.ArrayList<>(List.of("recipient_id;namn;utdelningsadress;postnummer;postort;kod"));
        List<String> reachable = new java.util.ArrayList<>(List.of("recipient_id;status;operator"));
        for (int i = 0; i < rows; i++) {
            RecipientId person = ids.personalIdentityNumber(1940 + i % 60);
            population.add(person.formatted() + ";Person " + i + ";Storgatan 1;111 22;Stockholm;K" + i);
            if (i % 5 != 0) {
                reachable.add(person.canonical() + ";REACHABLE;kivra");
            }
        }
        Path urval = Fixtures.write(folder.resolve("urval.csv"), population);
        Path brevlador = Fixtures.write(folder.resolve("brevlador.csv"), reachable);
        Path template = new Fixtures(Files.createDirectories(folder.resolve("fixtures"))).template;
        String[] inputs = {"--population", urval.toString(), "--reachability", brevlador.toString(), "--db", workspace.db(),
                "--out", workspace.out().toString(), "--lease", "2", "--latency-ms", "2"};

        ChildProgram send = ChildProgram.start(folder, "send", Workspace.with(new String[] {"send", "--template", template.toString()}, inputs));
        awaitFirstReceived(workspace, send);
        send.kill();
        ChildProgram resume = ChildProgram.start(folder, "resume", Workspace.with(new String[] {"resume"}, inputs));

        assertThat(resume.awaitExit(Duration.ofSeconds(120))).as(resume.err()).isZero();
        System.out.println("Kill during planning: " + resume.out().lines().filter(line -> line.contains("cut short")).findFirst()
                .orElse("the plan was complete when the send was killed"));
        JsonNode history = Workspace.json(workspace.journal("history", "--json")).get("dispatches");
        assertThat(history).hasSize(1);
        JsonNode status = Workspace.json(workspace.journal("status", history.get(0).get("dispatchId").asText(), "--json"));
        assertThat(status.get("total").asLong()).as("every row planned once").isEqualTo(rows);
        assertThat(status.get("final").asLong()).isEqualTo(rows);
        assertThat(status.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(status.get("duplicates").asLong()).as("recipients with two letters").isZero();
        assertThat(status.get("received").asLong()).isEqualTo(status.get("states").get("DELIVERED").asLong());
    }

    /** Waits until the fake operator has written a letter it received, i.e. sending has begun. */
    private static void awaitFirstReceived(Workspace workspace, ChildProgram send) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(workspace.received()) && Files.size(workspace.received()) > 0) {
                return;
            }
            assertThat(send.isAlive()).as(send.err()).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("The send did not send a letter within 30 s: " + send.err());
    }

    private static boolean sentAtLeast(String line, int percent) {
        Matcher matcher = SENDING.matcher(line);
        return matcher.find() && Integer.parseInt(matcher.group(1)) >= percent;
    }

    private static Set<String> handedToPaper(Workspace workspace, String dispatchId) {
        JsonNode events = Workspace.json(workspace.journal("log", dispatchId, "--json")).get("events");
        return StreamSupport.stream(events.spliterator(), false)
                .filter(event -> event.get("type").asText().equals("HANDED_TO_PAPER"))
                .map(event -> event.get("messageId").asText())
                .collect(Collectors.toSet());
    }

    /**
     * How often each message id is listed in the manifests of the published batches; a batch being
     * written when its process died is a hidden staging directory, which a print house skips.
     */
    private static Map<String, Integer> messageIdsInManifests(Path out) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        List<Path> batches;
        try (Stream<Path> entries = Files.list(out)) {
            batches = entries.filter(Files::isDirectory).filter(path -> !path.getFileName().toString().startsWith(".")).toList();
        }
        for (Path batch : batches) {
            List<String> lines = Files.readAllLines(batch.resolve("manifest.csv"), StandardCharsets.UTF_8);
            int column = List.of(lines.get(0).split(";")).indexOf("message_id");
            for (String line : lines.subList(1, lines.size())) {
                counts.merge(line.split(";")[column], 1, Integer::sum);
            }
        }
        return counts;
    }
}
