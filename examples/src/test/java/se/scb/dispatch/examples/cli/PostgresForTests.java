package se.scb.dispatch.examples.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import se.scb.dispatch.testsupport.PostgresTestServer;
import se.scb.dispatch.testsupport.RequiresPostgres;

/**
 * A schema of its own for one test on the PostgreSQL of {@link PostgresTestServer}, where the
 * multi-process tests share a journal. The test classes are marked {@link RequiresPostgres}, so they
 * are skipped, or fail on CI, before anything here is called.
 */
final class PostgresForTests implements AutoCloseable {

    private final String schema;

    private PostgresForTests(String schema) {
        this.schema = schema;
    }

    /** A fresh schema. */
    static PostgresForTests freshSchema() throws SQLException {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return new PostgresForTests(schema);
    }

    /** The JDBC URL of the schema, as {@code --db} takes it. */
    String url() {
        return PostgresTestServer.url("currentSchema=" + schema, "reWriteBatchedInserts=true");
    }

    /** Drops the schema with everything in it. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = PostgresTestServer.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
