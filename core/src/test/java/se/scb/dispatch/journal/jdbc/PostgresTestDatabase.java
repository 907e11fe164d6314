package se.scb.dispatch.journal.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the journal tests run on: 127.0.0.1:5432, database {@code test}, user {@code postgres}.
 * When it cannot be reached the tests are skipped with a notice, except on CI (the variable {@code CI}
 * set), where they fail: CI must not pass without them.
 */
final class PostgresTestDatabase {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private PostgresTestDatabase() {
    }

    /** The database, or the calling tests skipped (failed on CI) when it is not there. */
    static DataSource require() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("postgres");
        dataSource.setConnectTimeout(3);
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(3);
            return dataSource;
        } catch (SQLException e) {
            String notice = "PostgreSQL is not reachable at " + URL + " as user postgres (" + e.getMessage() + ")";
            if (isCi()) {
                fail(notice + ". On CI the PostgreSQL journal tests must run: start PostgreSQL first.");
            }
            System.out.println("NOTICE: " + notice + "; the PostgreSQL journal tests are skipped.");
            Assumptions.assumeTrue(false, notice);
            throw new AssertionError("unreachable");
        }
    }

    static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** A table prefix no other test run uses. */
    static String randomPrefix() {
        return "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
    }

    /** Drops every table whose name starts with the prefix. */
    static void dropTables(DataSource dataSource, String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
                while (rows.next()) {
                    if (rows.getString(1).startsWith(prefix.toLowerCase(Locale.ROOT))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            for (String table : tables) {
                statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
        }
    }
}
