package se.scb.dispatch.journal.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.internal.jdbc.DriverManagerDataSource;
import se.scb.dispatch.journal.internal.jdbc.JdbcJournalStore;

/**
 * Opens a {@link Journal} in a relational database: an embedded H2 file for one process (the default),
 * or PostgreSQL, which several instances share at once.
 *
 * <p>Only {@code java.sql} is used: bring the driver you need ({@code com.h2database:h2} 2.x or
 * {@code org.postgresql:postgresql}). The tables ({@code <prefix>dispatches}, {@code <prefix>letters},
 * {@code <prefix>log}, {@code <prefix>counts}, {@code <prefix>runners}, {@code <prefix>case_events},
 * {@code <prefix>process_events}, {@code <prefix>event_cursors},
 * {@code <prefix>schema_version}) are created or brought up to date when the journal is opened, from
 * scripts shipped in this jar, once even when several instances start together.
 *
 * <p>For PostgreSQL pass a pooled {@link DataSource} (HikariCP, say) with {@code reWriteBatchedInserts=true}
 * in its URL: every journal call takes a connection for one transaction, and a plan of a million letters
 * goes in batches. {@link #open(String)} with a PostgreSQL URL opens a connection per call, which suits a
 * short command, not a service.
 *
 * <p>An embedded H2 file belongs to one process (H2 locks the file); runners in that process may share it.
 */
public final class JdbcJournal {

    /** The prefix of the journal's table names unless another is given. */
    public static final String DEFAULT_TABLE_PREFIX = "dispatch_";

    /** Goes into SQL as part of table and index names: a plain identifier short enough for PostgreSQL's 63 characters. */
    private static final Pattern TABLE_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");
    /**
     * A crash-safe embedded database for one process: every commit is written before the call returns
     * (WRITE_DELAY=0; H2 otherwise waits up to half a second, and a crash loses what was committed),
     * no automatic server for other processes, waits of up to ten seconds for a row another thread holds,
     * and no closing of its own when the JVM shuts down (DB_CLOSE_ON_EXIT=FALSE): H2's shutdown hook would
     * otherwise close the database under a host whose own hook is still recording its last answers; the
     * journal is closed by its owner, and an unclosed file is as safe as after a crash.
     */
    private static final String H2_FILE_SETTINGS = ";AUTO_SERVER=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
    private static final String H2_SUFFIX = ".mv.db";

    private JdbcJournal() {
    }

    /**
     * A journal on an H2 file (a path; created when missing) or on any JDBC URL, with the default
     * table prefix. Close it when done: that lets an embedded database close its files.
     *
     * @param pathOrJdbcUrl a file path such as {@code /var/lib/dispatch/journal} (H2 adds {@code .mv.db}),
     *                      or a URL that starts with {@code jdbc:}, used as given
     */
    public static Journal open(String pathOrJdbcUrl) {
        return builder(pathOrJdbcUrl).build();
    }

    /** A journal on the given data source, e.g. a connection pool for PostgreSQL; closing the journal leaves it open. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /** A journal on an H2 file or a JDBC URL, as {@link #open(String)}, to configure further. */
    public static Builder builder(String pathOrJdbcUrl) {
        return new Builder(null, Objects.requireNonNull(pathOrJdbcUrl, "pathOrJdbcUrl"));
    }

    /**
     * The JDBC URL for a journal location: a {@code jdbc:} URL as given, or a path as an embedded H2
     * file database with settings for one crash-safe writer.
     */
    public static String jdbcUrl(String pathOrJdbcUrl) {
        if (pathOrJdbcUrl.startsWith("jdbc:")) {
            return pathOrJdbcUrl;
        }
        return "jdbc:h2:file:" + h2Base(pathOrJdbcUrl) + H2_FILE_SETTINGS;
    }

    /** The H2 database's name for a path: absolute, without the suffix H2 adds itself (a path given with it would get it twice). */
    private static String h2Base(String path) {
        if (path.isBlank() || path.contains(";")) {
            throw new IllegalArgumentException("A journal file needs a path without ';' (or pass a jdbc: URL); was '" + path + "'.");
        }
        String absolute = Path.of(path).toAbsolutePath().toString();
        return absolute.endsWith(H2_SUFFIX) ? absolute.substring(0, absolute.length() - H2_SUFFIX.length()) : absolute;
    }

    /** Configures a journal. */
    public static final class Builder {
        private final DataSource dataSource;
        private final String location;
        private String tablePrefix = DEFAULT_TABLE_PREFIX;
        private boolean existingOnly;
        private boolean ownsDataSource;

        private Builder(DataSource dataSource, String location) {
            this.dataSource = dataSource;
            this.location = location;
        }

        /**
         * The prefix of the journal's table names, {@value #DEFAULT_TABLE_PREFIX} unless given: letters,
         * digits and underscores, not starting with a digit, at most 40 characters. Journals with
         * different prefixes share a database without seeing each other.
         */
        public Builder tablePrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (!TABLE_PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("The table prefix goes into SQL, so it may hold only letters (a-z), digits and underscores, "
                        + "not start with a digit, and be at most 40 characters long; was '" + prefix + "'.");
            }
            this.tablePrefix = prefix;
            return this;
        }

        /**
         * Opens only a journal that is already there: a missing H2 file or missing tables are an error
         * instead of a new, empty journal. For programs that only read, where a mistyped path should say so.
         */
        public Builder existingOnly() {
            this.existingOnly = true;
            return this;
        }

        /**
         * Closing the journal closes the data source too (when it is {@link AutoCloseable}): for a pool opened
         * for this journal alone. Otherwise a data source passed in stays open.
         */
        public Builder ownsDataSource() {
            this.ownsDataSource = true;
            return this;
        }

        /**
         * Connects, checks the database is H2 or PostgreSQL, and creates or updates the tables.
         *
         * @throws IllegalArgumentException when the database is neither, or (with {@link #existingOnly()}) holds no journal
         * @throws JournalStorageException  when the database cannot be reached or updated
         */
        public Journal build() {
            if (dataSource != null) {
                Optional<AutoCloseable> owned = ownsDataSource && dataSource instanceof AutoCloseable closeable ? Optional.of(closeable) : Optional.empty();
                return new JdbcJournalStore(dataSource, tablePrefix, existingOnly, owned);
            }
            if (existingOnly && !location.startsWith("jdbc:") && !Files.isRegularFile(Path.of(h2Base(location) + H2_SUFFIX))) {
                throw new IllegalArgumentException("There is no journal at " + location + " (no file " + h2Base(location) + H2_SUFFIX
                        + "): check the path, and the folder the program runs in.");
            }
            DriverManagerDataSource opened = new DriverManagerDataSource(jdbcUrl(location));
            try {
                return new JdbcJournalStore(opened, tablePrefix, existingOnly, Optional.of(opened));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }
    }
}
