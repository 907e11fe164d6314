package se.scb.dispatch.benchmarks.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.benchmarks.SampleFile;
import se.scb.dispatch.PlannedDispatch;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.TestKeyStores;

/**
 * End to end beside its limit: N recipients from a CSV through validation, planning into an H2
 * journal and delivery over loopback HTTP to a simulated operator, through the real adapter; then, in
 * the same JVM and against the same simulator, a bare {@code HttpClient} loop posting the payloads the
 * adapter wrote with the same number in flight; for Mina meddelanden also the signing rate of the same key.
 * "first letter s" is the time from the start of {@code schedule} (reading the CSV) to the simulator's
 * first arrival. The CPU columns are this process's CPU time (every thread, the simulator's too) over
 * the sending and over the bare loop, per letter: on a machine whose cores are all busy, their ratio
 * is what bounds "send / bare".
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.scb.dispatch.benchmarks.wire.WireBenchmark \
 *     [--recipients 100000] [--protocols kivra,mina] [--in-flight 16,64] [--latency-ms 0,20] [--dir /tmp/wire]
 * </pre>
 */
public final class WireBenchmark {

    /** The benchmarks' letter, about 4 KB as Kivra content. */
    static final MessageTemplate LETTER = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Inbjudan till undersökningen")
            .text("Hej {{namn}}!\n\nLogga in med koden {{kod}}. Ärende {{case_id}}.\n\n" + filler())
            .html("<p>Hej {{namn}}!</p><p>Logga in med koden <b>{{kod}}</b>. Ärende {{case_id}}.</p><p>" + filler() + "</p>")
            .build();

    private WireBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int recipients = Integer.parseInt(CommandLine.option(args, "--recipients", "100000"));
        List<String> protocols = List.of(CommandLine.option(args, "--protocols", "kivra,mina").split(","));
        int[] inFlights = Arrays.stream(CommandLine.option(args, "--in-flight", "16,64").split(",")).mapToInt(Integer::parseInt).toArray();
        int[] latencies = Arrays.stream(CommandLine.option(args, "--latency-ms", "0,20").split(",")).mapToInt(Integer::parseInt).toArray();
        Path dir = Path.of(CommandLine.option(args, "--dir", Files.createTempDirectory("wire-benchmark").toString()));
        Files.createDirectories(dir);

        System.out.printf(Locale.ROOT, "%s %s, %d CPUs, %d recipients%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), recipients);
        Path population = dir.resolve("population.csv");
        SampleFile.write(population, recipients, 1, false, recipient -> {
        });
        Path keyStore = dir.resolve("sender.p12");
        if (!Files.exists(keyStore)) {
            TestKeyStores.create(keyStore, Operator.KEY_ALIAS, "Benchmark sender", new String(Operator.KEY_PASSWORD));
        }
        if (protocols.contains("mina")) {
            int cores = Runtime.getRuntime().availableProcessors();
            double one = SigningRate.signaturesPerSecond(keyStore, Operator.KEY_ALIAS, Operator.KEY_PASSWORD, 1, 3_000);
            double all = SigningRate.signaturesPerSecond(keyStore, Operator.KEY_ALIAS, Operator.KEY_PASSWORD, cores, 3_000);
            System.out.printf(Locale.ROOT, "signing SHA256withRSA-2048: %.0f/s on 1 thread, %.0f/s on %d; two a letter: bound %.0f letters/s%n",
                    one, all, cores, all / 2);
        }
        System.out.println("protocol | in flight | latency ms | plan rows/s | first letter s | send letters/s | bare loop req/s | send / bare | CPU µs a letter | CPU µs a bare post | delivered");
        for (String protocol : protocols) {
            for (int inFlight : inFlights) {
                for (int latency : latencies) {
                    String line = round(protocol, inFlight, Duration.ofMillis(latency), population, recipients, dir, keyStore);
                    System.out.println(line);
                }
            }
        }
    }

    private static String round(String protocol, int inFlight, Duration latency, Path population, int recipients, Path dir, Path keyStore)
            throws Exception {
        Path journalFile = dir.resolve(protocol + "-" + inFlight + "-" + latency.toMillis() + "-" + System.nanoTime()).resolve("journal");
        try (Operator target = protocol.equals("kivra") ? Operator.kivra(latency, inFlight) : Operator.minaMeddelanden(latency, inFlight, keyStore);
                Journal journal = JdbcJournal.open(journalFile.toString())) {
            Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(target.directory).mailboxOperator(target.operator)
                    .paperChannel(new FakePaperChannel()).journal(journal)
                    .runSettings(RunSettings.defaults().withMaxInFlightPerOperator(inFlight)).build();
            try {
                long start = System.nanoTime();
                FirstArrival first = FirstArrival.watch(target.simulator.ledger(), start);
                PlannedDispatch planned = dispatcher.schedule(PopulationSource.csv(population), LETTER, DispatchOptions.named("Benchmark"));
                long plannedAt = System.nanoTime();
                long sendCpu = ProcessCpu.nanos();
                DispatchStatus status = dispatcher.awaitSettled(planned.dispatchId());
                long settled = System.nanoTime();
                sendCpu = ProcessCpu.nanos() - sendCpu;
                long delivered = status.count(DeliveryState.DELIVERED);
                double planRate = recipients / ((plannedAt - start) / 1e9);
                double sendRate = delivered / ((settled - plannedAt) / 1e9);
                long bareCpu = ProcessCpu.nanos();
                double bare = BareLoop.postsPerSecond(target.deliveryUri, target.contentType, target.simulator.keptBodies(),
                        (int) Math.max(delivered, 1), inFlight);
                bareCpu = ProcessCpu.nanos() - bareCpu;
                long posts = Math.max(delivered, 1);
                return String.format(Locale.ROOT, "%s | %d | %d | %.0f | %.2f | %.0f | %.0f | %.2f | %.0f | %.0f | %d of %d", protocol, inFlight,
                        latency.toMillis(), planRate, first.seconds(), sendRate, bare, sendRate / bare, sendCpu / 1e3 / posts, bareCpu / 1e3 / posts,
                        delivered, recipients);
            } finally {
                dispatcher.close();
            }
        }
    }

    private static String filler() {
        // About 3.5 KB of body, so that a letter is about 4 KB as Kivra content, as in the measurements.
        return "Statistikmyndigheten genomför en undersökning om hur människor i Sverige bor och arbetar. ".repeat(40);
    }
}
