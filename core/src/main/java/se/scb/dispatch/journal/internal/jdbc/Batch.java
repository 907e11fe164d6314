package se.scb.dispatch.journal.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A prepared statement run as a JDBC batch, sent to the database every {@value #SIZE} rows, so a
 * plan of a million rows goes a thousand rows to a round trip without all of them in the driver's memory.
 */
final class Batch implements AutoCloseable {

    static final int SIZE = 1_000;

    private final PreparedStatement statement;
    private int pending;

    Batch(PreparedStatement statement) {
        this.statement = statement;
    }

    /** The statement, to bind the next row's parameters on before {@link #add()}. */
    PreparedStatement statement() {
        return statement;
    }

    void add() throws SQLException {
        statement.addBatch();
        if (++pending == SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
