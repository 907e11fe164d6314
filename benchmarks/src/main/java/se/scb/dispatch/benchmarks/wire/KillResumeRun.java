package se.scb.dispatch.benchmarks.wire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import se.scb.dispatch.benchmarks.SampleFile;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.testkit.simulator.DeliveryLedger;
import se.scb.dispatch.testkit.simulator.FaultRates;
import se.scb.dispatch.testkit.simulator.KivraSimulator;

/**
 * The large faulty run, killed on purpose: N letters sent by the {@code dispatch} program (a process of
 * its own, real Kivra adapter, H2 journal file) to the testkit's Kivra simulator in this process,
 * which fails 30 % of the deliveries on purpose. The sender is killed with SIGKILL at a random moment
 * (0–10 s) after its first letter reached the simulator, then {@code dispatch resume} is started and,
 * once it has sent a letter, killed the same way, as many times as asked; a last {@code resume} runs to
 * the end. Then the journal and the simulator's
 * ledger are read: every letter in one final state, each letter the journal calls delivered held by
 * the operator, and no recipient holding two letters (a repeat after a kill carries the same message
 * id, which the operator drops; those are counted).
 *
 * <p>Also measured: the time from the start of the {@code send} process to the first letter on the
 * wire (the simulator's first arrival), JVM start included.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.scb.dispatch.benchmarks.wire.KillResumeRun \
 *     [--recipients 100000] [--kills 5] [--seed 1] [--dir /tmp/kill] [--jar examples/target/dispatch.jar]
 * </pre>
 */
public final class KillResumeRun {

    /** The sender's lease: letters a killed process held come back this long after its last heartbeat. */
    private static final int LEASE_SECONDS = 10;
    private static final int IN_FLIGHT = 64;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** What a wait may seem shorter than asked (the runner stamps its log line after setting the due time). */
    private static final Duration SLACK = Duration.ofMillis(50);

    private KillResumeRun() {
    }

    public static void main(String[] args) throws Exception {
        int recipients = Integer.parseInt(CommandLine.option(args, "--recipients", "100000"));
        int kills = Integer.parseInt(CommandLine.option(args, "--kills", "5"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(CommandLine.option(args, "--seed", "1")));
        Path dir = Path.of(CommandLine.option(args, "--dir", Files.createTempDirectory("kill-resume").toString()));
        Path jar = Path.of(CommandLine.option(args, "--jar", "examples/target/dispatch.jar")).toAbsolutePath();
        Files.createDirectories(dir);
        String java = ProcessHandle.current().info().command().orElse("java");
        System.out.printf(Locale.ROOT, "%s %s, %d CPUs, %d recipients, %d kills; sender: %s -Xmx256m%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), recipients, kills, java);

        try (KivraSimulator kivra = KivraSimulator.builder().faults(FaultRates.spread(0.3)).seed(12).latency(Duration.ofMillis(1))
                .retryAfter(RETRY_AFTER).noAnswerHold(Duration.ofSeconds(5)).drip(4, Duration.ofMillis(10)).threads(2 * IN_FLIGHT).start()) {
            Sender sender = new Sender(java, jar, dir, files(dir, recipients, kivra));
            long start = System.nanoTime();
            Process send = sender.start("send", "--population", dir.resolve("population.csv").toString(), "--template",
                    dir.resolve("template.json").toString());
            double firstLetter = awaitNewArrival(kivra.ledger(), 0, send, start);
            System.out.printf(Locale.ROOT, "first letter on the wire %.2f s after the send process started%n", firstLetter);
            killAtRandom(send, random, "send", kivra.ledger(), start);
            for (int i = 1; i < kills; i++) {
                long resumed = System.nanoTime();
                Process resume = sender.start("resume");
                double sending = awaitNewArrival(kivra.ledger(), kivra.ledger().arrivals(), resume, resumed);
                System.out.printf(Locale.ROOT, "%6.1f s: resume sending %.2f s after its start%n", (System.nanoTime() - start) / 1e9, sending);
                killAtRandom(resume, random, "resume", kivra.ledger(), start);
            }
            int exit = sender.start("resume").waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "last resume exited %d; %.0f s in all, arrivals %d%n", exit, seconds, kivra.ledger().arrivals());
            check(dir.resolve("journal"), kivra.ledger(), recipients);
        }
    }

    /**
     * Waits until the process has sent a letter (more arrivals than {@code before}), so that a kill
     * falls among deliveries, not in the planning or the start; returns the seconds since {@code since}.
     */
    private static double awaitNewArrival(DeliveryLedger ledger, int before, Process process, long since) throws InterruptedException {
        while (ledger.arrivals() == before) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The sender ended before it sent a letter; see its log.");
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - since) / 1e9;
    }

    /** Kills the process 0–10 s from now: SIGKILL, no shutdown hook, no journal close, what the JVM held is lost. */
    private static void killAtRandom(Process process, SplittableRandom random, String what, DeliveryLedger ledger, long start)
            throws InterruptedException {
        long after = random.nextLong(10_000);
        Thread.sleep(after);
        boolean alive = process.isAlive();
        process.destroyForcibly().waitFor();
        System.out.printf(Locale.ROOT, "%6.1f s: %s %s %d ms after its first letter (arrivals so far %d)%n", (System.nanoTime() - start) / 1e9,
                what, alive ? "killed with SIGKILL" : "had already ended, not killed,", after, ledger.arrivals());
    }

    private static void check(Path journalFile, DeliveryLedger ledger, int recipients) {
        try (Journal journal = JdbcJournal.open(journalFile.toString())) {
            List<DispatchSummary> dispatches = journal.history(HistoryQuery.all());
            if (dispatches.size() != 1) {
                throw new IllegalStateException("Expected one dispatch in the journal, found " + dispatches.size());
            }
            String id = dispatches.get(0).dispatch().id();
            DispatchStatus status = journal.status(id);
            Map<DeliveryState, Integer> states = new EnumMap<>(DeliveryState.class);
            List<String> notFinal = new ArrayList<>();
            List<String> deliveredNotHeld = new ArrayList<>();
            int mostAttempts = 0;
            long letters = 0;
            for (JournalEntry letter : (Iterable<JournalEntry>) journal.allLetters(id, LetterQuery.all())::iterator) {
                letters++;
                states.merge(letter.state(), 1, Integer::sum);
                mostAttempts = Math.max(mostAttempts, letter.attempts());
                if (!letter.state().isFinal()) {
                    notFinal.add(letter.messageId());
                }
                if (letter.state() == DeliveryState.DELIVERED && !ledger.taken(letter.messageId())) {
                    deliveredNotHeld.add(letter.messageId());
                }
            }
            System.out.printf(Locale.ROOT, "journal: %d letters of %d rows, states %s, complete %s, most attempts recorded %d%n", letters,
                    recipients, states, status.isComplete(), mostAttempts);
            System.out.printf(Locale.ROOT, "not final: %d; delivered in the journal but not held by the operator: %d%n", notFinal.size(),
                    deliveredNotHeld.size());
            System.out.printf(Locale.ROOT, "operator: letters held %d, recipients holding two letters %d, repeats dropped %d,"
                    + " letters answered 'delivered' more than once %d, most arrivals of one letter %d, faults %s%n",
                    ledger.takenMessageIds().size(), ledger.recipientsWithSeveralLetters(), ledger.repeats(), ledger.deliveredTwice().size(),
                    ledger.mostArrivalsOfOneLetter(), ledger.faultsInjected());
            System.out.printf(Locale.ROOT, "429s answered %d, of them come back sooner than asked: %d%n", ledger.askedToWait().size(),
                    ledger.retryAfterIgnored(SLACK).size());
            boolean holds = letters == recipients && notFinal.isEmpty() && deliveredNotHeld.isEmpty() && status.isComplete()
                    && ledger.recipientsWithSeveralLetters() == 0 && ledger.retryAfterIgnored(SLACK).isEmpty();
            System.out.println(holds ? "HOLDS: every letter one final state, none held twice by the operator" : "DOES NOT HOLD");
        }
    }

    /** The sender's inputs: the population, a template, the configuration naming Kivra at the simulator. */
    private static Path files(Path dir, int recipients, KivraSimulator kivra) throws IOException {
        Path population = dir.resolve("population.csv");
        if (!Files.exists(population)) {
            SampleFile.write(population, recipients, 1, false, recipient -> {
            });
        }
        Files.writeString(dir.resolve("template.json"), """
                {
                  "sender": { "organisationNumber": "202100-5489", "name": "Statistikmyndigheten" },
                  "subject": "Inbjudan till undersökningen",
                  "text": "Hej {{namn}}! Logga in med koden {{kod}}. Ärende {{case_id}}.",
                  "html": "<p>Hej {{namn}}!</p><p>Logga in med koden <b>{{kod}}</b>. Ärende {{case_id}}.</p>"
                }
                """);
        Path config = dir.resolve("kivra.properties");
        Files.writeString(config, String.join("\n",
                "dispatch.recipient-directory=kivra",
                "dispatch.mailbox-operator=kivra",
                "dispatch.paper-channel=print-batch",
                "kivra.base-url=" + kivra.baseUrl(),
                "kivra.client-id=benchmark",
                "kivra.client-secret=benchmark",
                "kivra.tenant-key=" + KivraSimulator.TENANT_KEY,
                "kivra.timeout=3s",
                ""));
        return config;
    }

    /** Starts the {@code dispatch} program on the run's journal, configuration and print-batch folder. */
    private record Sender(String java, Path jar, Path dir, Path config) {

        Process start(String command, String... more) throws IOException {
            List<String> line = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--lease", String.valueOf(LEASE_SECONDS),
                    command, "--config", config.toString(), "--db", dir.resolve("journal").toString(), "--out", dir.resolve("out").toString(),
                    "--max-in-flight", String.valueOf(IN_FLIGHT)));
            line.addAll(List.of(more));
            Path log = dir.resolve(command + "-" + System.nanoTime() + ".log");
            return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }
    }
}
