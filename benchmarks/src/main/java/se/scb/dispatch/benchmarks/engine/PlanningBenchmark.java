package se.scb.dispatch.benchmarks.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning: 100 000 letters into an empty journal, committed every {@code txRows}. Single shot per
 * iteration on a fresh file, because the cost of an insert depends on how big the table already
 * is; the score is microseconds per letter (letters/s = 1e6 / score).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PlanningBenchmark {

    static final int LETTERS = 100_000;

    @Param({"H2_DEFAULT", "H2_WD0", "H2_WD0_BIGKEY", "SQLITE_WAL_NORMAL", "SQLITE_WAL_FULL", "SQLITE_WAL_NORMAL_BIGKEY"})
    Variant variant;

    @Param({"1000", "10000"})
    int txRows;

    /** batch = one addBatch per letter; values = 100-row INSERT ... VALUES (...),(...). */
    @Param({"batch", "values"})
    String style;

    private Path dir;
    private Connection c;
    private Workload workload;

    @Setup(Level.Iteration)
    public void emptyJournal() throws SQLException {
        dir = TempDb.create(variant);
        c = variant.open(dir);
        workload = new Workload(variant, c);
        workload.createSchema();
    }

    @TearDown(Level.Iteration)
    public void remove() throws SQLException {
        c.close();
        TempDb.delete(dir);
    }

    @Benchmark
    @OperationsPerInvocation(LETTERS)
    public void plan() throws SQLException {
        workload.plan(0, LETTERS, txRows, style.equals("values"));
    }
}
