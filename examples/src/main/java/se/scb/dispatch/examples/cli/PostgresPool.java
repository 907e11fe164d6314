package se.scb.dispatch.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import se.scb.dispatch.journal.jdbc.JournalStorageException;

/**
 * A small connection pool for a PostgreSQL journal: every journal call takes a connection for one
 * transaction, and opening one per call would cost the server a process each time.
 */
final class PostgresPool {

    /** The runner, its heartbeat and the answers' writer each want a connection now and then; a few more cover bursts. */
    private static final int CONNECTIONS = 6;

    private PostgresPool() {
    }

    /**
     * A pool on the URL, with the driver rewriting batched inserts into multi-row ones (a plan of a million
     * letters goes in a fraction of the round trips).
     */
    static HikariDataSource open(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(CONNECTIONS);
        config.setMinimumIdle(1);
        config.setPoolName("dispatch-journal");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new JournalStorageException("Could not connect to the journal's database.", e);
        }
    }
}
