package se.scb.dispatch.journal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import se.scb.dispatch.testsupport.PostgresTestServer;
import se.scb.dispatch.testsupport.RequiresPostgres;

/**
 * The PostgreSQL the journal tests run on ({@link PostgresTestServer}). The test classes are marked
 * {@link RequiresPostgres}, so they are skipped, or fail on CI, before anything here is called.
 */
final class PostgresTestDatabase {

    private PostgresTestDatabase() {
    }

    static DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(PostgresTestServer.url());
        dataSource.setConnectTimeout(3);
        return dataSource;
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
