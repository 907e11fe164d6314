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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the journal's tables to the version this library knows, from the scripts shipped in the
 * jar ({@code <dialect>/V<n>__<name>.sql}), and records each script applied in
 * {@code <prefix>schema_version}.
 */
final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** The scripts, oldest first; a new version is a new script added here, never an edit of an old one. */
    private static final List<String> SCRIPTS = List.of("V1__journal.sql", "V2__responses.sql", "V3__small_rows.sql", "V4__process.sql");
    private static final String PREFIX_PLACEHOLDER = "${prefix}";
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
        for (int version = applied + 1; version <= currentVersion(); version++) {
            String script = SCRIPTS.get(version - 1);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(read(dialect.scriptFolder() + script), prefix)) {
                    statement.execute(sql);
                }
            }
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
        String table = prefix + "schema_version";
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
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

    /** The script's statements with the prefix filled in: comment lines dropped, split at semicolons. */
    static List<String> statements(String script, String prefix) {
        String code = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"))
                .replace(PREFIX_PLACEHOLDER, prefix);
        List<String> statements = new ArrayList<>();
        Arrays.stream(code.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).forEach(statements::add);
        return statements;
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
