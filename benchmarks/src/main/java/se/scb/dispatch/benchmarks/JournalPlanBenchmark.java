package se.scb.dispatch.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.plan.internal.PlanEntry;
import se.scb.dispatch.plan.internal.PlannedLetters;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/**
 * How fast a plan goes into the journal: {@code letters} planned letters written the way the dispatcher
 * writes them (5 000 to a transaction), into a fresh H2 file or fresh PostgreSQL tables (127.0.0.1:5432,
 * database {@code test}, user {@code postgres}, through a HikariCP pool with batched inserts rewritten).
 * The letters are made beforehand, so only the writing is timed. Reported as seconds per plan: rows/s is
 * {@code letters} divided by it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class JournalPlanBenchmark {

    /** What the dispatcher writes to the journal in one transaction while planning. */
    private static final int PLAN_WRITE_BATCH = 5_000;
    private static final MailboxAddress KIVRA = new MailboxAddress("kivra", "Kivra", "https://mailbox.example/kivra");

    @Param({"h2", "postgresql"})
    String database;

    @Param({"100000"})
    int letters;

    private Path folder;
    private HikariDataSource pool;
    private JournalStore journal;
    private List<PopulationRow> rows;
    private List<RecipientOutcome> outcomes;
    private String dispatchId;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("journal-plan-");
        Journal opened;
        if (database.equals("h2")) {
            opened = JdbcJournal.open(folder.resolve("journal").toString());
        } else {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            pool = new HikariDataSource(config);
            opened = JdbcJournal.builder(pool).tablePrefix("bench_" + UUID.randomUUID().toString().substring(0, 8) + "_").build();
        }
        journal = JournalStore.of(opened);
        TestIdentityNumbers ids = new TestIdentityNumbers(20261129);
        rows = new ArrayList<>(letters);
        outcomes = new ArrayList<>(letters);
        for (int n = 1; n <= letters; n++) {
            RecipientId person = ids.personalIdentityNumber(1940 + n % 70);
            rows.add(new PopulationRow(n, Map.of("namn", "Person " + n, "kod", "K" + n, "case_id", "C" + n), person.formatted(),
                    new PostalAddress("Person " + n, "", "Storgatan " + n, "123 45", "Örebro", ""), "C" + n, Optional.empty()));
            outcomes.add(RecipientOutcome.digital(n, person, KIVRA));
        }
    }

    @Setup(Level.Invocation)
    public void newDispatch() {
        dispatchId = UUID.randomUUID().toString();
        journal.createDispatch(new DispatchRecord(dispatchId, DispatchOptions.named("benchmark"), "162021005489", "Enkät", "{}",
                DispatchState.PLANNING, Instant.now(), Optional.empty()));
    }

    @Benchmark
    public void plan() {
        Instant now = Instant.now();
        List<JournalEntry> batch = new ArrayList<>(PLAN_WRITE_BATCH);
        for (int i = 0; i < letters; i++) {
            batch.add(PlannedLetters.dueAt(dispatchId, new PlanEntry(rows.get(i), outcomes.get(i)), now));
            if (batch.size() == PLAN_WRITE_BATCH) {
                journal.addToPlan(batch);
                batch.clear();
            }
        }
        journal.addToPlan(batch);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        journal.close();
        if (pool != null) {
            pool.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
