package se.scb.dispatch.benchmarks.wire;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.PlannedDispatch;
import se.scb.dispatch.adapter.kivra.KivraConfig;
import se.scb.dispatch.adapter.kivra.KivraMailboxOperator;
import se.scb.dispatch.adapter.kivra.KivraRecipientDirectory;
import se.scb.dispatch.benchmarks.SampleFile;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.simulator.KivraSimulator;

/**
 * Two runners on one PostgreSQL journal beside one: N letters planned into a journal of their own
 * tables, then sent to the testkit's Kivra simulator (50 ms latency) by one runner, and in the same
 * JVM, N more letters planned afresh and sent by two runners at once, each a {@link Dispatcher} with
 * its own pool, its own Kivra adapter and so its own in-flight bound. Prints both rates and their
 * ratio. The tables are dropped afterwards.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.scb.dispatch.benchmarks.wire.TwoRunners \
 *     [--recipients 20000] [--in-flight 16] [--latency-ms 50] [--url jdbc:postgresql://127.0.0.1:5432/test?user=postgres]
 * </pre>
 */
public final class TwoRunners {

    private static final MessageTemplate LETTER = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Inbjudan till undersökningen")
            .text("Hej {{namn}}! Logga in med koden {{kod}}. Ärende {{case_id}}.")
            .build();

    private TwoRunners() {
    }

    public static void main(String[] args) throws Exception {
        int recipients = Integer.parseInt(CommandLine.option(args, "--recipients", "20000"));
        int inFlight = Integer.parseInt(CommandLine.option(args, "--in-flight", "16"));
        Duration latency = Duration.ofMillis(Long.parseLong(CommandLine.option(args, "--latency-ms", "50")));
        String url = CommandLine.option(args, "--url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        Path population = Files.createTempDirectory("two-runners").resolve("population.csv");
        SampleFile.write(population, recipients, 1, false, recipient -> {
        });
        System.out.printf(Locale.ROOT, "%s %s, %d CPUs, %d recipients, %d in flight per runner, %d ms latency, %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), recipients,
                inFlight, latency.toMillis(), url.replaceAll("\\?.*", ""));
        try (KivraSimulator kivra = KivraSimulator.builder().latency(latency).threads(4 * inFlight).start()) {
            double one = round(1, kivra, population, url, inFlight);
            double two = round(2, kivra, population, url, inFlight);
            System.out.printf(Locale.ROOT, "two runners / one: %.2f (bound by the in-flight limit: %.0f letters/s a runner)%n", two / one,
                    inFlight * 1000.0 / latency.toMillis());
        }
    }

    /** Plans the letters, sends them with {@code runners} runners at once, and returns the letters settled a second. */
    private static double round(int runners, KivraSimulator kivra, Path population, String url, int inFlight) throws Exception {
        String prefix = "two_runners_" + UUID.randomUUID().toString().substring(0, 8) + "_";
        List<Runner> all = new ArrayList<>();
        try {
            for (int i = 0; i < runners; i++) {
                all.add(new Runner(kivra, url, prefix, inFlight));
            }
            PlannedDispatch planned = all.get(0).dispatcher.schedule(PopulationSource.csv(population), LETTER, DispatchOptions.named("Two runners"));
            ExecutorService threads = Executors.newFixedThreadPool(runners);
            long start = System.nanoTime();
            List<Future<Long>> settled = new ArrayList<>();
            for (Runner runner : all) {
                settled.add(threads.submit(() -> runner.dispatcher.awaitSettled(planned.dispatchId()).count(DeliveryState.DELIVERED)));
            }
            long delivered = 0;
            for (Future<Long> each : settled) {
                delivered = Math.max(delivered, each.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            threads.shutdown();
            double rate = delivered / seconds;
            System.out.printf(Locale.ROOT, "%d runner(s): %d delivered in %.1f s: %.0f letters/s%n", runners, delivered, seconds, rate);
            return rate;
        } finally {
            for (Runner runner : all) {
                runner.close();
            }
            dropTables(url, prefix);
        }
    }

    private static void dropTables(String url, String prefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE tablename LIKE '" + prefix + "%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("DROP TABLE " + String.join(", ", tables) + " CASCADE");
            }
        }
    }

    /** One runner: its own pool on the shared tables, its own Kivra adapter (and so its own in-flight bound). */
    private static final class Runner implements AutoCloseable {

        final Dispatcher dispatcher;
        private final HikariDataSource pool;
        private final Journal journal;
        private final KivraMailboxOperator operator;
        private final KivraRecipientDirectory directory;

        Runner(KivraSimulator kivra, String url, String prefix, int inFlight) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            this.pool = new HikariDataSource(config);
            this.journal = JdbcJournal.builder(pool).tablePrefix(prefix).build();
            KivraConfig kivraConfig = KivraConfig.builder().baseUrl(kivra.baseUrl()).clientId("benchmark").clientSecret("benchmark")
                    .tenantKey(KivraSimulator.TENANT_KEY).timeout(Duration.ofSeconds(30)).maxInFlight(inFlight).build();
            this.operator = new KivraMailboxOperator(kivraConfig);
            this.directory = new KivraRecipientDirectory(kivraConfig);
            this.dispatcher = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(new FakePaperChannel())
                    .journal(journal).build();
        }

        @Override
        public void close() {
            dispatcher.close();
            operator.close();
            directory.close();
            journal.close();
            pool.close();
        }
    }
}
