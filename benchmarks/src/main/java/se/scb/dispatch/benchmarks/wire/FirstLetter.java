package se.scb.dispatch.benchmarks.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.benchmarks.SampleFile;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.testkit.FakePaperChannel;

/**
 * The time from the start of {@code Dispatcher.send} to the first letter on the wire (issue 12's goal: under 2 s for
 * 100 000 rows), in-process: N recipients in a CSV (everyone reachable at Kivra), a fresh H2 journal file each round,
 * the real Kivra adapter and the testkit's Kivra simulator on loopback (0 ms latency). Each round runs the whole
 * {@code send} until the first arrival, then cancels the dispatch. Uses the public API only, so the same
 * class measures a tree from before the plan was written in parts.
 *
 * <pre>java -Xmx512m -cp benchmarks/target/benchmarks.jar se.scb.dispatch.benchmarks.wire.FirstLetter --recipients 100000 --rounds 3</pre>
 */
public final class FirstLetter {

    private FirstLetter() {
    }

    public static void main(String[] args) throws Exception {
        int recipients = Integer.parseInt(CommandLine.option(args, "--recipients", "100000"));
        int rounds = Integer.parseInt(CommandLine.option(args, "--rounds", "3"));
        int inFlight = Integer.parseInt(CommandLine.option(args, "--in-flight", "64"));
        Path dir = Path.of(CommandLine.option(args, "--dir", Files.createTempDirectory("first-letter").toString()));
        Files.createDirectories(dir);
        Path population = dir.resolve("population.csv");
        SampleFile.write(population, recipients, 1, false, recipient -> {
        });
        System.out.printf(Locale.ROOT, "%s %s, %d CPUs, %d recipients, Kivra, %d in flight, 0 ms%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), recipients, inFlight);
        System.out.println("round | first letter s | rows planned | delivered before the cancel");
        for (int round = 1; round <= rounds; round++) {
            System.out.println(round(round, population, recipients, inFlight, dir));
        }
    }

    private static String round(int round, Path population, int recipients, int inFlight, Path dir) throws Exception {
        Path journalFile = dir.resolve("round-" + round + "-" + System.nanoTime()).resolve("journal");
        ExecutorService sending = Executors.newSingleThreadExecutor();
        try (Operator target = Operator.kivra(Duration.ZERO, inFlight); Journal journal = JdbcJournal.open(journalFile.toString());
                Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(target.directory).mailboxOperator(target.operator)
                        .paperChannel(new FakePaperChannel()).journal(journal)
                        .runSettings(RunSettings.defaults().withMaxInFlightPerOperator(inFlight)).build()) {
            long start = System.nanoTime();
            FirstArrival first = FirstArrival.watch(target.simulator.ledger(), start);
            Future<SendReport> sent = sending.submit(() -> dispatcher.send(PopulationSource.csv(population), WireBenchmark.LETTER,
                    DispatchOptions.named("First letter")));
            double firstLetter = first.seconds();
            // The first letter is what is measured: the rest is cancelled, so that a round takes seconds, not the whole send.
            String dispatchId = journal.history(HistoryQuery.all()).get(0).dispatch().id();
            dispatcher.cancel(dispatchId);
            SendReport report = sent.get();
            return String.format(Locale.ROOT, "%d | %.2f | %d | %d", round, firstLetter, report.plan().total(),
                    report.status().count(DeliveryState.DELIVERED));
        } finally {
            sending.shutdown();
        }
    }
}
