package se.scb.dispatch.examples.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the multi-process tests share a journal on: 127.0.0.1:5432, database {@code test},
 * user {@code postgres}, each test in a schema of its own. When it cannot be reached the tests are
 * skipped with a notice, except on CI (the variable {@code CI} set), where they fail: CI must not
 * pass without them.
 */
final class PostgresForTests implements AutoCloseable {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";

    private final String schema;

    private PostgresForTests(String schema) {
        this.schema = schema;
    }

    /** A fresh schema, or the calling test skipped (failed on CI) when PostgreSQL is not there. */
    static PostgresForTests freshSchema() throws SQLException {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return new PostgresForTests(schema);
    }

    /** The JDBC URL of the schema, as {@code --db} takes it. */
    String url() {
        return URL + "?user=" + USER + "&currentSchema=" + schema + "&reWriteBatchedInserts=true";
    }

    /** Drops the schema with everything in it. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static Connection connect() {
        DriverManager.setLoginTimeout(3);
        try {
            return DriverManager.getConnection(URL + "?user=" + USER);
        } catch (SQLException e) {
            String notice = "PostgreSQL is not reachable at " + URL + " as user " + USER + " (" + e.getMessage() + ")";
            if (isCi()) {
                fail(notice + ". On CI the PostgreSQL tests must run: start PostgreSQL first.");
            }
            System.out.println("NOTICE: " + notice + "; the PostgreSQL tests are skipped.");
            Assumptions.abort(notice);
            throw new AssertionError("unreachable");
        }
    }

    private static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
