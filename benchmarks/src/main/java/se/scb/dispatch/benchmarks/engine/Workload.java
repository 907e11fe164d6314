package se.scb.dispatch.benchmarks.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journal's three jobs in plain JDBC, the same statements for every engine: plan (insert
 * letters), send (claim 500 due letters, then record their 500 answers), and read the status. The
 * writers keep {@code counts} up to date in the same transaction, as the new journal is to do.
 */
final class Workload {

    static final long DISPATCH = 7;
    static final int CLAIM = 500;
    /** Rows per multi-row INSERT ... VALUES (16 parameters each: 1 600, far under SQLite's 32 766). */
    static final int VALUES_ROWS = 100;
    private static final String[] OPERATORS = {"kivra", "minmyndighetspost", "billo"};
    /** Every letter is due at once: due_at ascends with row_no, as planned in file order. */
    private static final long DUE_BASE = 1_700_000_000_000_000L;

    private final Schema schema;
    private final Connection c;

    Workload(Variant variant, Connection c) {
        this.schema = new Schema(variant);
        this.c = c;
    }

    void createSchema() throws SQLException {
        schema.create(c);
    }

    /**
     * Inserts letters {@code from .. from+n-1}, committing every {@code txRows}; with {@code values}
     * true, {@value #VALUES_ROWS} letters go in one multi-row INSERT instead of one batch entry each.
     */
    void plan(long from, long n, int txRows, boolean values) throws SQLException {
        try (PreparedStatement one = c.prepareStatement(schema.insertLetters(1));
             PreparedStatement many = values ? c.prepareStatement(schema.insertLetters(VALUES_ROWS)) : null) {
            Map<String, Long> counts = new HashMap<>();
            long end = from + n;
            for (long tx = from; tx < end; tx += txRows) {
                long txEnd = Math.min(end, tx + txRows);
                long row = tx;
                if (values) {
                    for (; row + VALUES_ROWS <= txEnd; row += VALUES_ROWS) {
                        int p = 1;
                        for (int r = 0; r < VALUES_ROWS; r++) {
                            p = bindLetter(many, p, row + r, counts);
                        }
                        many.executeUpdate();
                    }
                }
                for (; row < txEnd; row++) {
                    bindLetter(one, 1, row, counts);
                    one.addBatch();
                }
                one.executeBatch();
                bump(counts);
                c.commit();
            }
        }
    }

    private int bindLetter(PreparedStatement ps, int p, long row, Map<String, Long> counts) throws SQLException {
        boolean paper = row % 10 == 0;
        String operator = paper ? "paper" : OPERATORS[(int) (row % 3)];
        ps.setLong(p++, DISPATCH);
        ps.setLong(p++, schema.single ? Schema.letterId(DISPATCH, row) : row);
        ps.setString(p++, new UUID(0x5ca1ab1eL << 32 | DISPATCH, row).toString());
        ps.setString(p++, Long.toString(190_000_000_000L + row * 7919 % 9_999_999_999L));
        ps.setString(p++, "CASE-" + row);
        ps.setShort(p++, (short) (paper ? 2 : 1));
        ps.setString(p++, paper ? "no-mailbox" : null);
        ps.setString(p++, operator);
        ps.setShort(p++, (short) Schema.PLANNED);
        ps.setString(p++, null);
        ps.setInt(p++, 0);
        ps.setLong(p++, DUE_BASE + row);
        ps.setString(p++, paper ? "batch-" + row / 1000 : null);
        ps.setNull(p++, java.sql.Types.INTEGER);
        ps.setString(p++, variables(row));
        ps.setString(p++, address(row));
        counts.merge(key(Schema.PLANNED, "", operator), 1L, Long::sum);
        return p;
    }

    /** ~150 bytes of JSON, different per letter so no engine gains from repeated values. */
    static String variables(long row) {
        return "{\"name\":\"Förnamn Efternamnsson " + row + "\",\"survey\":\"AKU\",\"period\":\"2025-Q" + (row % 4 + 1)
                + "\",\"deadline\":\"2025-11-" + (10 + row % 20) + "\",\"ref\":\"REF-" + (row * 31 % 1_000_000)
                + "\",\"lang\":\"sv\",\"contact\":\"08-506 940 00\"}";
    }

    /** ~100 bytes of JSON. */
    static String address(long row) {
        return "{\"street\":\"Storgatan " + (row % 200 + 1) + "\",\"zip\":\"" + (10000 + row % 89999)
                + "\",\"city\":\"Stockholm\",\"co\":null,\"country\":\"SE\"}";
    }

    /** One claim transaction then one answer transaction; returns how many letters were sent. */
    int sendRound(int leaseOwner) throws SQLException {
        List<long[]> claimed = new ArrayList<>(CLAIM);
        List<String> operators = new ArrayList<>(CLAIM);
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(schema.claimSelect())) {
            select.setLong(1, DISPATCH);
            select.setLong(2, DUE_BASE + Long.MAX_VALUE / 2);
            select.setInt(3, CLAIM);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    claimed.add(new long[] {schema.single ? key & 0xffff_ffffL : key});
                    operators.add(rs.getString(2));
                }
            }
        }
        if (claimed.isEmpty()) {
            c.commit();
            return 0;
        }
        try (PreparedStatement update = c.prepareStatement(schema.claimUpdate())) {
            for (int i = 0; i < claimed.size(); i++) {
                update.setInt(1, leaseOwner);
                schema.bindKey(update, 2, DISPATCH, claimed.get(i)[0]);
                update.addBatch();
                counts.merge(key(Schema.PLANNED, "", operators.get(i)), -1L, Long::sum);
                counts.merge(key(Schema.CLAIMED, "", operators.get(i)), 1L, Long::sum);
            }
            update.executeBatch();
        }
        bump(counts);
        c.commit();

        // The answers: 97 % delivered, 3 % rejected by the mailbox; two log rows per letter.
        long now = System.currentTimeMillis() * 1000;
        try (PreparedStatement update = c.prepareStatement(schema.answerUpdate());
             PreparedStatement log = c.prepareStatement(Schema.INSERT_LOG)) {
            for (int i = 0; i < claimed.size(); i++) {
                long row = claimed.get(i)[0];
                boolean rejected = row % 33 == 0;
                int state = rejected ? Schema.REJECTED : Schema.DELIVERED;
                String reason = rejected ? "mailbox-closed" : null;
                update.setShort(1, (short) state);
                update.setString(2, reason);
                schema.bindKey(update, 3, DISPATCH, row);
                update.addBatch();
                addLog(log, row, now, 1, "SENT", "msg-" + Long.toHexString(row * 2654435761L));
                addLog(log, row, now, 2, rejected ? "REJECTED" : "DELIVERED", "ack " + (now / 1000 % 1_000_000_000));
                counts.merge(key(Schema.CLAIMED, "", operators.get(i)), -1L, Long::sum);
                counts.merge(key(state, reason == null ? "" : reason, operators.get(i)), 1L, Long::sum);
            }
            update.executeBatch();
            log.executeBatch();
        }
        bump(counts);
        c.commit();
        return claimed.size();
    }

    private static void addLog(PreparedStatement log, long row, long at, int type, String code, String detail)
            throws SQLException {
        log.setLong(1, DISPATCH);
        log.setLong(2, row);
        log.setLong(3, at);
        log.setShort(4, (short) type);
        log.setString(5, code);
        log.setString(6, detail);
        log.addBatch();
    }

    private static String key(int state, String reason, String operator) {
        return state + "\u0000" + reason + "\u0000" + operator;
    }

    /** Adds the transaction's changes to counts (update, or insert the first time), then clears them. */
    private void bump(Map<String, Long> counts) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(Schema.BUMP_COUNT)) {
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (e.getValue() == 0) {
                    continue;
                }
                String[] k = e.getKey().split("\u0000", -1);
                update.setLong(1, e.getValue());
                update.setLong(2, DISPATCH);
                update.setShort(3, Short.parseShort(k[0]));
                update.setString(4, k[1]);
                update.setString(5, k[2]);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(Schema.INSERT_COUNT)) {
                        insert.setLong(1, DISPATCH);
                        insert.setShort(2, Short.parseShort(k[0]));
                        insert.setString(3, k[1]);
                        insert.setString(4, k[2]);
                        insert.setLong(5, e.getValue());
                        insert.executeUpdate();
                    }
                }
            }
        }
        counts.clear();
    }

    /** Runs a status query and returns the number of letters it accounts for (a check, and a blackhole). */
    long status(String sql) throws SQLException {
        long total = 0;
        // A new comment each time: H2 would otherwise hand back the result it cached for the same
        // statement on an unchanged table, and time nothing.
        try (PreparedStatement ps = c.prepareStatement(sql + " /* " + System.nanoTime() + " */")) {
            ps.setLong(1, DISPATCH);
            try (ResultSet rs = ps.executeQuery()) {
                int col = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    total += rs.getLong(col);
                }
            }
        }
        c.commit();
        return total;
    }
}
