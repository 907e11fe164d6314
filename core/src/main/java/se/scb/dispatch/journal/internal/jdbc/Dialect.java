package se.scb.dispatch.journal.internal.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The databases the journal runs on, and what differs between them. */
enum Dialect {

    /** Embedded, one process: CREATE ... IF NOT EXISTS and the version table's key make a schema update safe to repeat. */
    H2("H2", "h2") {
        @Override
        void lockSchema(Connection connection, String prefix) {
            // H2 runs DDL outside the transaction; the scripts are written to run twice harmlessly.
        }

        @Override
        boolean locksOnlyRowsReturned() {
            // FOR UPDATE with FETCH FIRST locks every row the WHERE matches, so SKIP LOCKED would skip them all.
            return false;
        }

        @Override
        String addToCounter(String table) {
            return "MERGE INTO " + table + " t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
                    + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))) s (dispatch_id, state, plan_reason, reason, operator_id,"
                    + " paper_batch, letters)"
                    + " ON t.dispatch_id = s.dispatch_id AND t.state = s.state AND t.plan_reason = s.plan_reason AND t.reason = s.reason"
                    + " AND t.operator_id = s.operator_id AND t.paper_batch = s.paper_batch"
                    + " WHEN MATCHED THEN UPDATE SET letters = t.letters + s.letters"
                    + " WHEN NOT MATCHED THEN INSERT (dispatch_id, state, plan_reason, reason, operator_id, paper_batch, letters)"
                    + " VALUES (s.dispatch_id, s.state, s.plan_reason, s.reason, s.operator_id, s.paper_batch, s.letters)";
        }

        @Override
        String addToArmCounter(String table) {
            return "MERGE INTO " + table + " t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT)))"
                    + " s (dispatch_id, arm, state, letters) ON t.dispatch_id = s.dispatch_id AND t.arm = s.arm AND t.state = s.state"
                    + " WHEN MATCHED THEN UPDATE SET letters = t.letters + s.letters"
                    + " WHEN NOT MATCHED THEN INSERT (dispatch_id, arm, state, letters) VALUES (s.dispatch_id, s.arm, s.state, s.letters)";
        }

        @Override
        String setLease(String table) {
            return "MERGE INTO " + table + " (owner, lease_until) KEY (owner) VALUES (?, ?)";
        }

        @Override
        String setCursor(String table) {
            return "MERGE INTO " + table + " (source, position, updated_at) KEY (source) VALUES (?, ?, ?)";
        }

        @Override
        String keepEarliest(String table, List<String> key, List<String> rest) {
            List<String> all = all(key, rest);
            return "MERGE INTO " + table + " t USING (VALUES (" + all.stream()
                    .map(column -> column.equals(TIME) ? "CAST(? AS TIMESTAMP WITH TIME ZONE)" : "CAST(? AS VARCHAR)")
                    .collect(Collectors.joining(", ")) + ")) s (" + String.join(", ", all) + ")"
                    + " ON " + key.stream().map(column -> "t." + column + " = s." + column).collect(Collectors.joining(" AND "))
                    + " WHEN MATCHED AND s." + TIME + " < t." + TIME + " THEN UPDATE SET "
                    + rest.stream().map(column -> column + " = s." + column).collect(Collectors.joining(", "))
                    + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
                    + all.stream().map(column -> "s." + column).collect(Collectors.joining(", ")) + ")";
        }
    },

    /** Several instances at once: a schema update waits for a transaction-scoped advisory lock. */
    POSTGRESQL("PostgreSQL", "postgresql") {
        @Override
        void lockSchema(Connection connection, String prefix) throws SQLException {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, lockKey(prefix));
                lock.execute();
            }
        }

        @Override
        boolean locksOnlyRowsReturned() {
            return true;
        }

        @Override
        String addToCounter(String table) {
            return "INSERT INTO " + table + " AS t (dispatch_id, state, plan_reason, reason, operator_id, paper_batch, letters)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dispatch_id, state, plan_reason, reason, operator_id, paper_batch)"
                    + " DO UPDATE SET letters = t.letters + EXCLUDED.letters";
        }

        @Override
        String addToArmCounter(String table) {
            return "INSERT INTO " + table + " AS t (dispatch_id, arm, state, letters) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (dispatch_id, arm, state) DO UPDATE SET letters = t.letters + EXCLUDED.letters";
        }

        @Override
        String setLease(String table) {
            return "INSERT INTO " + table + " (owner, lease_until) VALUES (?, ?) ON CONFLICT (owner) DO UPDATE SET lease_until = EXCLUDED.lease_until";
        }

        @Override
        String setCursor(String table) {
            return "INSERT INTO " + table + " (source, position, updated_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (source) DO UPDATE SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at";
        }

        @Override
        String keepEarliest(String table, List<String> key, List<String> rest) {
            List<String> all = all(key, rest);
            return "INSERT INTO " + table + " AS t (" + String.join(", ", all) + ") VALUES (" + Sql.placeholders(all.size()) + ")"
                    + " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
                    + rest.stream().map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "))
                    + " WHERE EXCLUDED." + TIME + " < t." + TIME;
        }
    };

    /** The time column of the tables {@link #keepEarliest} writes. */
    static final String TIME = "at";

    private final String productName;
    private final String scriptFolder;

    Dialect(String productName, String scriptFolder) {
        this.productName = productName;
        this.scriptFolder = scriptFolder;
    }

    /** Blocks other instances from updating the schema of the tables with this prefix until the transaction ends. */
    abstract void lockSchema(Connection connection, String prefix) throws SQLException;

    /** Whether {@code SELECT ... FETCH FIRST n ROWS ONLY FOR UPDATE SKIP LOCKED} locks just the n rows it returns. */
    abstract boolean locksOnlyRowsReturned();

    /**
     * Adds to a counter of the counts table, creating it at zero first when it is new; parameters: dispatch id,
     * state, plan reason, reason, operator id, print batch, letters. Safe when two writers add to one new counter at once.
     */
    abstract String addToCounter(String table);

    /** Adds to a counter of the arm counts table, as {@link #addToCounter}; parameters: dispatch id, arm, state, letters. */
    abstract String addToArmCounter(String table);

    /** Sets a runner's lease, creating its row when it has none; parameters: owner, lease until. */
    abstract String setLease(String table);

    /** Sets an operator's event cursor, creating its row when it has none; parameters: operator, position, when. */
    abstract String setCursor(String table);

    /**
     * Inserts a row, or, when one with the same key is there, keeps whichever has the earlier {@link #TIME}:
     * a fact reported twice or out of order changes nothing. Parameters: the key columns, then the rest, in order;
     * the rest include {@code at}. Safe when two writers report the same fact at once.
     */
    abstract String keepEarliest(String table, List<String> key, List<String> rest);

    private static List<String> all(List<String> key, List<String> rest) {
        List<String> all = new ArrayList<>(key);
        all.addAll(rest);
        return all;
    }

    /** Where this database's schema scripts are, as a class-path resource folder. */
    String scriptFolder() {
        return "/se/scb/dispatch/journal/jdbc/" + scriptFolder + "/";
    }

    /** The dialect of the database behind the connection. */
    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        for (Dialect dialect : values()) {
            if (dialect.productName.equalsIgnoreCase(product)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("The JDBC journal runs on H2 and PostgreSQL; this data source is " + product
                + ". Use an H2 file database or PostgreSQL for the journal.");
    }

    /** One advisory lock per table prefix, the same number in every process. */
    private static long lockKey(String prefix) {
        return UUID.nameUUIDFromBytes(("se.scb.dispatch.journal:" + prefix).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }
}
