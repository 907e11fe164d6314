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
 * Sending, the steady loop: claim 500 due letters in one transaction, record their 500 answers
 * (state, 2 log rows each, counts) in a second. A journal of 200 000 planned letters is built
 * once; each iteration sends 50 000 of them, so warm-up + 3 measurements drain it exactly, and the
 * later iterations work on a table that is mostly sent, as at the end of a real dispatch. The
 * score is microseconds per letter (letters/s = 1e6 / score).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SendingBenchmark {

    static final int PLANNED = 200_000;
    static final int PER_ITERATION = 50_000;

    @Param({"H2_DEFAULT", "H2_WD0", "H2_WD0_RET0", "H2_WD0_CACHE256", "H2_WD0_BIGKEY",
            "SQLITE_WAL_NORMAL", "SQLITE_WAL_FULL", "SQLITE_WAL_NORMAL_BIGKEY"})
    Variant variant;

    private Path dir;
    private Connection c;
    private Workload workload;
    private long planned;
    private long sent;

    @Setup(Level.Trial)
    public void plannedJournal() throws SQLException {
        dir = TempDb.create(variant);
        c = variant.open(dir);
        workload = new Workload(variant, c);
        workload.createSchema();
        workload.plan(0, PLANNED, 10_000, false);
        planned = PLANNED;
    }

    /** Run with more iterations than planned for: plan more letters, untimed. */
    @Setup(Level.Iteration)
    public void enoughDue() throws SQLException {
        if (planned - sent < PER_ITERATION) {
            workload.plan(planned, PER_ITERATION, 10_000, false);
            planned += PER_ITERATION;
        }
    }

    @TearDown(Level.Trial)
    public void remove() throws SQLException {
        c.close();
        TempDb.delete(dir);
    }

    @Benchmark
    @OperationsPerInvocation(PER_ITERATION)
    public long send() throws SQLException {
        long n = 0;
        while (n < PER_ITERATION) {
            n += workload.sendRound(1);
        }
        sent += n;
        return n;
    }
}
