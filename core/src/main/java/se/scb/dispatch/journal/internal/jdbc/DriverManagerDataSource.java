package se.scb.dispatch.journal.internal.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.scb.dispatch.journal.jdbc.JournalStorageException;

/**
 * A data source that opens a new connection for every use, from a JDBC URL: enough for an embedded
 * H2 database, too slow for a busy server (pass a pooled {@link DataSource} there).
 *
 * <p>For an embedded H2 database it keeps one connection open until {@link #close()}, because H2
 * closes an embedded database when its last connection closes: each use would otherwise open the
 * files again (slow), and an in-memory database would vanish between uses.
 */
public final class DriverManagerDataSource implements DataSource, AutoCloseable {

    private final String url;
    private Connection keepOpen;

    public DriverManagerDataSource(String url) {
        this.url = url;
        if (isEmbeddedH2(url)) {
            try {
                keepOpen = open();
            } catch (SQLException e) {
                throw new JournalStorageException("Could not open the journal database " + described(url) + " (SQL state " + e.getSQLState()
                        + "). Is another process using it? An embedded H2 database is for one process; share a journal through PostgreSQL.", e);
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return open();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    private Connection open() throws SQLException {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            if ("08001".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                throw new SQLException("No JDBC driver for " + described(url) + " is on the class path. Add com.h2database:h2 for a file journal, "
                        + "or org.postgresql:postgresql for PostgreSQL.", e.getSQLState(), e);
            }
            throw e;
        }
    }

    /**
     * Rewrites an embedded H2 database's file to hold only its live data, and closes the database: every
     * connection of it is closed after this. Takes about a second per 40 000 letters. Skipped while
     * another journal in this process still uses the database (H2 shares one database between the
     * connections of a process): the last one to close compacts it.
     */
    synchronized void compactAndClose() {
        if (keepOpen == null) {
            return;
        }
        try (Statement statement = keepOpen.createStatement()) {
            try (ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                if (sessions.next() && sessions.getLong(1) > 1) {
                    return;
                }
            }
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new JournalStorageException("Could not compact the journal database " + described(url) + " (SQL state " + e.getSQLState() + ").", e);
        }
    }

    /** Lets an embedded H2 database close (and write its files) once nothing else uses it. */
    @Override
    public synchronized void close() {
        if (keepOpen != null) {
            try {
                keepOpen.close();
            } catch (SQLException e) {
                throw new JournalStorageException("Could not close the journal database " + described(url) + " (SQL state " + e.getSQLState() + ").", e);
            } finally {
                keepOpen = null;
            }
        }
    }

    private static boolean isEmbeddedH2(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
    }

    /** The URL without its settings, which may hold a password: for messages. */
    private static String described(String url) {
        int settings = url.length();
        for (char separator : new char[] {';', '?'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                settings = Math.min(settings, at);
            }
        }
        return url.substring(0, settings);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("This data source has no log writer.");
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Set the login timeout in the JDBC URL.");
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No java.util.logging here.");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
