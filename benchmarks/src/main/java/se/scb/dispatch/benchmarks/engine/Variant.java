package se.scb.dispatch.benchmarks.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * One engine with one set of settings: how to open it, and what it promises when the process is
 * killed. Every variant is opened with auto-commit off, so the benchmark alone decides how big a
 * transaction is ("small rows, big transactions").
 */
public enum Variant {
    /** H2 2.3 MVStore as shipped: WRITE_DELAY=500 ms, RETENTION_TIME=45 s, 64 MB-ish page cache. */
    H2_DEFAULT(Dialect.H2, KeyMode.COMPOSITE, "",
            "commits of the last WRITE_DELAY (500 ms) may be lost; the file stays consistent"),
    /** What the journal uses today: each commit is written to the file (write(2), no fsync). */
    H2_WD0(Dialect.H2, KeyMode.COMPOSITE, ";WRITE_DELAY=0",
            "every committed transaction survives (written at commit, OS cache); not power-loss safe"),
    /** Old chunks may be overwritten at once: smaller file, same process-kill guarantee. */
    H2_WD0_RET0(Dialect.H2, KeyMode.COMPOSITE, ";WRITE_DELAY=0;RETENTION_TIME=0",
            "as WRITE_DELAY=0 on a process kill; H2 warns it may corrupt on OS crash/power loss"),
    /** A 256 MB page cache instead of the default, to see whether the claim index is cache-bound. */
    H2_WD0_CACHE256(Dialect.H2, KeyMode.COMPOSITE, ";WRITE_DELAY=0;CACHE_SIZE=262144",
            "as WRITE_DELAY=0"),
    /** Longer compaction at close (default 200 ms): does it shrink the file without SHUTDOWN COMPACT? */
    H2_WD0_COMPACT2S(Dialect.H2, KeyMode.COMPOSITE, ";WRITE_DELAY=0;MAX_COMPACT_TIME=2000",
            "as WRITE_DELAY=0"),
    /** MVStore pages split at 16 KB instead of 4 KB (PAGE_SIZE is H2's pageSplitSize): fewer, larger pages. */
    H2_WD0_PAGE16K(Dialect.H2, KeyMode.COMPOSITE, ";WRITE_DELAY=0;PAGE_SIZE=16384",
            "as WRITE_DELAY=0"),
    /** The letters table keyed by one BIGINT (dispatch_key<<32 | row_no): the key is H2's row key. */
    H2_WD0_BIGKEY(Dialect.H2, KeyMode.SINGLE, ";WRITE_DELAY=0",
            "as WRITE_DELAY=0"),
    /** SQLite WAL, fsync only at checkpoints: a commit is in the WAL (OS cache) when it returns. */
    SQLITE_WAL_NORMAL(Dialect.SQLITE, KeyMode.COMPOSITE, "synchronous=NORMAL",
            "every committed transaction survives a process kill; last commits may roll back on power loss"),
    /** SQLite WAL with an fsync per commit: also durable across power loss. */
    SQLITE_WAL_FULL(Dialect.SQLITE, KeyMode.COMPOSITE, "synchronous=FULL",
            "every committed transaction survives process kill and power loss (fsync per commit)"),
    /** SQLite with the single BIGINT key as INTEGER PRIMARY KEY, i.e. the rowid: one b-tree less. */
    SQLITE_WAL_NORMAL_BIGKEY(Dialect.SQLITE, KeyMode.SINGLE, "synchronous=NORMAL",
            "as SQLITE_WAL_NORMAL");

    public enum Dialect { H2, SQLITE }

    public enum KeyMode { COMPOSITE, SINGLE }

    public final Dialect dialect;
    public final KeyMode keyMode;
    private final String settings;
    public final String durability;

    Variant(Dialect dialect, KeyMode keyMode, String settings, String durability) {
        this.dialect = dialect;
        this.keyMode = keyMode;
        this.settings = settings;
        this.durability = durability;
    }

    public String settings() {
        return dialect == Dialect.SQLITE ? "journal_mode=WAL;" + settings + ";cache_size=64MB" : settings;
    }

    /** The database's file (without extension for H2) inside {@code dir}. */
    Path base(Path dir) {
        return dir.resolve(dialect == Dialect.H2 ? "journal" : "journal.db");
    }

    public Connection open(Path dir) throws SQLException {
        Connection c;
        if (dialect == Dialect.H2) {
            c = DriverManager.getConnection("jdbc:h2:file:" + base(dir).toAbsolutePath() + settings, "sa", "");
        } else {
            c = DriverManager.getConnection("jdbc:sqlite:" + base(dir).toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA " + settings);
                // The same order of cache as H2's default, so neither engine wins by its cache alone.
                s.execute("PRAGMA cache_size=-65536");
            }
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Bytes of every file the engine keeps for this database (H2 .mv.db; SQLite .db, -wal, -shm). */
    public long bytesOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Closes {@code c} after compacting the file: H2 SHUTDOWN COMPACT, SQLite VACUUM. */
    public void compactAndClose(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute(dialect == Dialect.H2 ? "SHUTDOWN COMPACT" : "VACUUM");
        }
        c.close();
    }
}
