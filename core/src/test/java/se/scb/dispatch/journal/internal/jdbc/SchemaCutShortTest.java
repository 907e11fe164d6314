package se.scb.dispatch.journal.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A process killed while the journal's tables are made or upgraded (H2 commits each DDL statement on its
 * own) leaves a script half applied; the next open must finish it, with every row carried over once.
 * Each test cuts the update short after every statement in turn, then opens the journal again.
 */
class SchemaCutShortTest {

    private static final String PREFIX = "dispatch_";
    /** Enough for every statement of every script; a loop that reaches it has stopped finishing. */
    private static final int MOST_STATEMENTS = 500;

    @Test
    void aNewJournalCutShortAfterAnyStatementIsMadeWholeByTheNextOpen() throws SQLException {
        String whole = withDatabase(connection -> {
            Schema.update(connection, Dialect.H2, PREFIX, false);
            return describe(connection);
        });
        int cuts = 0;
        for (int statements = 0; ; statements++) {
            int allowed = statements;
            boolean finished = Boolean.TRUE.equals(withDatabase(connection -> {
                boolean cutShort = updateCutShortAfter(connection, allowed, Schema.currentVersion());
                Schema.update(connection, Dialect.H2, PREFIX, false);
                assertThat(describe(connection)).as("the tables after a cut after %d statements", allowed).isEqualTo(whole);
                return !cutShort;
            }));
            if (finished) {
                break;
            }
            cuts++;
            assertThat(cuts).as("cuts tried").isLessThan(MOST_STATEMENTS);
        }
        assertThat(cuts).as("statements in the scripts: each was a place to cut").isGreaterThan(20);
    }

    @Test
    void anUpgradeFromVersionTwoCutShortAfterAnyStatementCarriesEveryRowOverOnce() throws SQLException {
        String whole = withDatabase(connection -> {
            journalOfVersionTwo(connection);
            Schema.update(connection, Dialect.H2, PREFIX, false);
            return describe(connection) + contents(connection);
        });
        assertThat(whole).contains("LETTERS: [d1, 1, m1", "CASE_EVENTS: [c1, RESPONDED, 2026-03-02");
        for (int statements = 0; ; statements++) {
            int allowed = statements;
            boolean finished = Boolean.TRUE.equals(withDatabase(connection -> {
                journalOfVersionTwo(connection);
                boolean cutShort = updateCutShortAfter(connection, allowed, Schema.currentVersion());
                Schema.update(connection, Dialect.H2, PREFIX, false);
                assertThat(describe(connection) + contents(connection)).as("the journal after a cut after %d statements", allowed)
                        .isEqualTo(whole);
                return !cutShort;
            }));
            if (finished) {
                break;
            }
            assertThat(statements).as("cuts tried").isLessThan(MOST_STATEMENTS);
        }
    }

    @Test
    void theCutItselfIsSeenAsAFailure() throws SQLException {
        withDatabase(connection -> {
            assertThatThrownBy(() -> Schema.update(cutAfter(connection, 3), Dialect.H2, PREFIX, false)).hasMessageContaining("cut short");
            return null;
        });
    }

    /** Runs the update on a connection that fails after the given number of statements; whether it was cut short. */
    private static boolean updateCutShortAfter(Connection connection, int statements, int version) throws SQLException {
        try {
            Schema.update(cutAfter(connection, statements), Dialect.H2, PREFIX, false, version);
            connection.commit();
            return false;
        } catch (SQLException e) {
            if (!e.getMessage().contains("cut short")) {
                throw e;
            }
            // A killed process commits nothing more: what H2 had not committed with a DDL statement is lost.
            connection.rollback();
            return true;
        }
    }

    /** A journal as version 2 of the library left it: one dispatch with three letters, their log, two answered cases. */
    private static void journalOfVersionTwo(Connection connection) throws SQLException {
        Schema.update(connection, Dialect.H2, PREFIX, false, 2);
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO dispatch_dispatches (id, name, sender, subject, template_json, options_json, state, created_at,"
                    + " created_by, updated_at) VALUES ('d1', 'Inbjudan', '202100-0000', 'Ämne', '{}', '{}', 'RUNNING',"
                    + " TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+00', 'test', TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+00')");
            letter(sql, 1, "m1", "DIGITAL", "DELIVERED", null, null);
            letter(sql, 2, "m2", "PAPER", "HANDED_TO_PAPER", "b1", null);
            letter(sql, 3, "m3", "DIGITAL", "CLAIMED", null, "runner-1");
            event(sql, 1, "m1", "08:00", "PLANNED");
            event(sql, 2, "m2", "08:00", "PLANNED");
            event(sql, 3, "m3", "08:00", "PLANNED");
            event(sql, 1, "m1", "08:01", "CLAIMED");
            event(sql, 1, "m1", "08:02", "SENT");
            event(sql, 1, "m1", "08:03", "DELIVERED");
            event(sql, 2, "m2", "08:04", "HANDED_TO_PAPER");
            event(sql, 3, "m3", "08:05", "CLAIMED");
            sql.execute("INSERT INTO dispatch_responses (case_id, at, channel) VALUES"
                    + " ('c1', TIMESTAMP WITH TIME ZONE '2026-03-03 10:00:00+00', 'WEB'),"
                    + " ('c1', TIMESTAMP WITH TIME ZONE '2026-03-02 10:00:00+00', 'PAPER'),"
                    + " ('c2', TIMESTAMP WITH TIME ZONE '2026-03-04 10:00:00+00', 'WEB')");
        }
        connection.commit();
    }

    private static void letter(Statement sql, int row, String messageId, String outcome, String state, String batch, String owner)
            throws SQLException {
        sql.execute("INSERT INTO dispatch_recipients (dispatch_id, message_id, row_no, recipient_id, recipient_text, outcome,"
                + " plan_message, operator_id, case_id, state, attempts, due_at, paper_batch, lease_owner, lease_until) VALUES"
                + " ('d1', '" + messageId + "', " + row + ", 'id-" + row + "', 'text', '" + outcome + "', 'planned', 'op', 'c" + row
                + "', '" + state + "', 1, TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+00', " + quoted(batch) + ", " + quoted(owner)
                + ", " + (owner == null ? "NULL" : "TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00'") + ")");
    }

    private static void event(Statement sql, int row, String messageId, String time, String type) throws SQLException {
        sql.execute("INSERT INTO dispatch_events (dispatch_id, message_id, row_no, at, type, code, detail) VALUES ('d1', '" + messageId
                + "', " + row + ", TIMESTAMP WITH TIME ZONE '2026-03-01 " + time + ":00+00', '" + type + "', 'OK', '')");
    }

    private static String quoted(String text) {
        return text == null ? "NULL" : "'" + text + "'";
    }

    /** The journal's tables, their columns and indexes, and the versions recorded. */
    private static String describe(Connection connection) throws SQLException {
        return rows(connection, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, COLUMN_NAME")
                + rows(connection, "SELECT TABLE_NAME, INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " ORDER BY TABLE_NAME, INDEX_NAME")
                + rows(connection, "SELECT version, script FROM dispatch_schema_version ORDER BY version");
    }

    /** Every row the journal holds (the log without its generated key). */
    private static String contents(Connection connection) throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("dispatches", "letters", "letter_data", "counts", "runners", "case_events", "process_events")) {
            all.append(table.toUpperCase()).append(": ").append(rows(connection, "SELECT * FROM dispatch_" + table));
        }
        all.append("LOG: ").append(rows(connection, "SELECT dispatch_id, row_no, at, type, code, detail FROM dispatch_log"));
        return all.toString();
    }

    /** The query's rows, sorted, one per line. */
    private static String rows(Connection connection, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    values.add(result.getString(column));
                }
                rows.add(values.toString());
            }
        }
        rows.sort(null);
        return String.join("\n", rows) + "\n";
    }

    /** The connection as a process sees it that is killed after the given number of script statements. */
    private static Connection cutAfter(Connection connection, int statements) {
        int[] executed = {0};
        InvocationHandler connectionCalls = (proxy, method, arguments) -> {
            Object answer = invoke(connection, method, arguments);
            if (!method.getName().equals("createStatement")) {
                return answer;
            }
            Statement statement = (Statement) answer;
            return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class}, (p, call, args) -> {
                if (call.getName().equals("execute") && ++executed[0] > statements) {
                    throw new SQLException("The update was cut short after " + statements + " statements");
                }
                return invoke(statement, call, args);
            });
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, connectionCalls);
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the work on a new in-memory H2 database, in transactions as the journal runs its update. */
    private static <T> T withDatabase(Work<T> work) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        }
    }
}
