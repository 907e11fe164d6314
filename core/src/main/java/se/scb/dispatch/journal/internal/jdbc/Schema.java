package se.scb.dispatch.journal.internal.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the journal's tables to the version this library knows, from the scripts shipped in the
 * jar ({@code <dialect>/V<n>__<name>.sql}), and records each script applied in
 * {@code <prefix>schema_version}.
 *
 * <p>Every script may be cut short and run again: H2 commits each DDL statement on its own, so a
 * process killed while a new journal is made, or an old one upgraded, leaves a script half applied and
 * unrecorded, and the next open runs it from the start. Hence every statement is written to run twice
 * harmlessly ({@code IF NOT EXISTS}, a copy that first empties its target), and the statements that
 * carry data over from a table the script drops stand between {@code -- @when-table-exists <table>}
 * and {@code -- @end}: once the old table is gone, its data has been carried over and they are skipped.
 */
final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** The scripts, oldest first; a new version is a new script added here, never an edit of an old one. */
    private static final List<String> SCRIPTS = List.of("V1__journal.sql", "V2__responses.sql", "V3__small_rows.sql", "V4__process.sql",
            "V5__lookup_facts.sql", "V6__experiments.sql", "V7__plan_in_parts.sql", "V8__key_statistics.sql");
    private static final String PREFIX_PLACEHOLDER = "${prefix}";
    private static final String WHEN_TABLE_EXISTS = "-- @when-table-exists";
    private static final String END_GUARD = "-- @end";
    private static final String UNIQUE_VIOLATION = "23505";

    private Schema() {
    }

    /** The newest schema version this library writes. */
    static int currentVersion() {
        return SCRIPTS.size();
    }

    /**
     * Applies the scripts the database lacks. Safe when several journals start on one database at once.
     *
     * @param existingOnly refuse a database without the journal's tables instead of creating them (for readers)
     */
    static void update(Connection connection, Dialect dialect, String prefix, boolean existingOnly) throws SQLException {
        update(connection, dialect, prefix, existingOnly, currentVersion());
    }

    /** Applies the scripts the database lacks up to the given version: the tests make journals of an older version with it. */
    static void update(Connection connection, Dialect dialect, String prefix, boolean existingOnly, int targetVersion) throws SQLException {
        dialect.lockSchema(connection, prefix);
        if (existingOnly && !hasVersionTable(connection, prefix)) {
            throw new IllegalArgumentException("There is no journal here (no tables " + prefix + "*). Check the journal's path or URL.");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + prefix + "schema_version ("
                    + "version INT NOT NULL PRIMARY KEY, script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int applied = appliedVersion(connection, prefix);
        if (applied > currentVersion()) {
            throw new IllegalStateException("The journal tables " + prefix + "* are at schema version " + applied
                    + ", newer than this library knows (" + currentVersion() + "). Use the SDK version that wrote them, or a newer one.");
        }
        for (int version = applied + 1; version <= targetVersion; version++) {
            String script = SCRIPTS.get(version - 1);
            apply(connection, statements(read(dialect.scriptFolder() + script), prefix));
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + prefix + "schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, script);
                insert.setObject(3, Columns.time(Instant.now()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!Transactions.hasState(e, UNIQUE_VIOLATION)) {
                    throw e;
                }
                // H2 only (PostgreSQL holds the lock): another journal applied the same script a moment ago.
                LOG.debug("Journal schema {} for {}* was recorded by another journal at the same time", script, prefix);
                continue;
            }
            LOG.info("Applied journal schema {} to the tables {}* ({})", script, prefix, dialect);
        }
    }

    private static boolean hasVersionTable(Connection connection, String prefix) throws SQLException {
        return hasTable(connection, prefix + "schema_version");
    }

    /** Whether the table exists in the connection's schema, as written or in upper case (H2 keeps unquoted names in upper case). */
    private static boolean hasTable(Connection connection, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int appliedVersion(Connection connection, String prefix) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM " + prefix + "schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, List<ScriptStatement> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ScriptStatement step : statements) {
                if (step.whenTableExists() == null || hasTable(connection, step.whenTableExists())) {
                    statement.execute(step.sql());
                }
            }
        }
    }

    /** One statement of a script, and the table it needs when it only carries data over from that table. */
    record ScriptStatement(String sql, String whenTableExists) {
    }

    /**
     * The script's statements with the prefix filled in, split at semicolons; comment lines are dropped,
     * the guard lines ({@code -- @when-table-exists <table>} … {@code -- @end}) are kept with each statement between them.
     */
    static List<ScriptStatement> statements(String script, String prefix) {
        List<ScriptStatement> statements = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String guard = null;
        for (String line : script.replace(PREFIX_PLACEHOLDER, prefix).lines().toList()) {
            String directive = line.strip();
            if (directive.startsWith(WHEN_TABLE_EXISTS)) {
                guard = directive.substring(WHEN_TABLE_EXISTS.length()).strip();
            } else if (directive.equals(END_GUARD)) {
                guard = null;
            } else if (!directive.startsWith("--")) {
                String rest = line;
                for (int end = rest.indexOf(';'); end >= 0; end = rest.indexOf(';')) {
                    sql.append(rest, 0, end);
                    addStatement(statements, sql, guard);
                    rest = rest.substring(end + 1);
                }
                sql.append(rest).append('\n');
            }
        }
        addStatement(statements, sql, guard);
        return statements;
    }

    private static void addStatement(List<ScriptStatement> statements, StringBuilder sql, String guard) {
        String statement = sql.toString().strip();
        sql.setLength(0);
        if (!statement.isEmpty()) {
            statements.add(new ScriptStatement(statement, guard));
        }
    }

    private static String read(String resource) {
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema script " + resource + " is missing from the jar; the build is broken.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the schema script " + resource, e);
        }
    }
}
