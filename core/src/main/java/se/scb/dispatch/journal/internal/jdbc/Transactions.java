package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import se.scb.dispatch.journal.jdbc.JournalStorageException;

/**
 * Runs a piece of journal work in one transaction on a connection of its own, and turns SQL
 * failures into unchecked exceptions. Work that loses a deadlock or a serialization conflict is
 * run again: it was rolled back whole, so running it again is safe.
 */
final class Transactions {

    /** The SQL state of a unique-key violation, the same in H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    /**
     * Deadlock (PostgreSQL), serialization failure (both databases, H2's deadlock too) and a lock not had in time
     * (H2's lock timeout; PostgreSQL's when {@code lock_timeout} is set): a claim waiting on the rows a cancel of a
     * large dispatch holds is contention to wait out, not a broken journal.
     */
    private static final Set<String> RETRYABLE = Set.of("40P01", "40001", "HYT00", "55P03");
    private static final int ATTEMPTS = 3;

    /** Work on an open connection; what it throws other than SQLException passes through after a rollback. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final AtomicBoolean written = new AtomicBoolean();

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** As {@link #run}, for work that writes. */
    <T> T write(String what, Work<T> work) {
        written.set(true);
        return run(what, work);
    }

    /** Whether any work that writes has run through these transactions. */
    boolean hasWritten() {
        return written.get();
    }

    /** Runs {@code work} and commits; {@code what} completes "The journal could not ...". */
    <T> T run(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && hasState(e, RETRYABLE)) {
                    continue;
                }
                throw new JournalStorageException("The journal could not " + what + " (SQL state " + e.getSQLState() + ", error "
                        + e.getErrorCode() + "). Check that the database is reachable and its tables are the journal's.", e);
            }
        }
    }

    private <T> T once(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreQuietly(connection, autoCommit);
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A pooled connection goes back as it came; a broken one is closed next anyway. */
    private static void restoreQuietly(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // Nothing to do: the connection is closed right after this.
        }
    }

    /** Whether the exception, or one chained to it (batch failures chain the real one), has one of these SQL states. */
    static boolean hasState(SQLException e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && states.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean hasState(SQLException e, String state) {
        return hasState(e, Set.of(state));
    }
}
