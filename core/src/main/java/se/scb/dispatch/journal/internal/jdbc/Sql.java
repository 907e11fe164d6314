package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The few JDBC steps the journal repeats: a query into values, an update, parameters bound in order. */
final class Sql {

    /** Inside a transaction this lets the PostgreSQL driver stream a large result instead of holding all of it. */
    private static final int FETCH_SIZE = 1_000;

    private Sql() {
    }

    /** A row of a result, read into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH_SIZE);
            bind(select, parameters);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Binds parameters in order; instants as UTC timestamps. */
    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(i + 1, value instanceof Instant instant ? Columns.time(instant) : value);
        }
    }

    /** Values for {@code IN (...)} lists this long at most, so a statement's parameters stay well within every driver's limit. */
    static final int IN_LIST = 500;

    /** The values, without repeats, in lists of at most {@link #IN_LIST}. */
    static List<List<String>> chunks(Collection<String> values) {
        List<String> distinct = values.stream().distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + IN_LIST)));
        }
        return chunks;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Constants as an SQL list, {@code ('A', 'B')}: only for enum names, never for input. */
    static String inList(Collection<? extends Enum<?>> values) {
        return values.stream().map(value -> "'" + value.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
