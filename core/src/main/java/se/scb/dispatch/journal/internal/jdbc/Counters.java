package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.internal.StatusTally;
import se.scb.dispatch.model.MailboxAddress;

/**
 * The status counters of the counts table: letters as planned (state {@code PLAN}) and letters as they
 * settled (their final state), which only ever grow, written in the same transaction as the letters.
 * A status then reads a handful of rows, and only the letters held by runners are counted from the
 * claim index. The letters of an experiment's arms are counted the same way, in the arm counts table.
 */
final class Counters {

    static final String PLAN = "PLAN";

    private final Dialect dialect;
    private final Tables tables;

    Counters(Dialect dialect, Tables tables) {
        this.dialect = dialect;
        this.tables = tables;
    }

    /** One counter's key. Compared as text, so every writer updates counters in one order and two never wait on each other in a circle. */
    record Key(String dispatchId, String state, String planReason, String reason, String operatorId, String paperBatch) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    /** One arm counter's key: letters of an arm as planned ({@code PLAN}) or settled in a final state. */
    record ArmKey(String dispatchId, String arm, String state) implements Comparable<ArmKey> {

        @Override
        public int compareTo(ArmKey other) {
            return toString().compareTo(other.toString());
        }
    }

    /** The arm counters that letters entering the plan add to; letters outside an experiment add to none. */
    static Map<ArmKey, Long> armsPlanned(List<JournalEntry> entries) {
        Map<ArmKey, Long> counts = new HashMap<>();
        for (JournalEntry entry : entries) {
            entry.arm().ifPresent(arm -> {
                counts.merge(new ArmKey(entry.dispatchId(), arm, PLAN), 1L, Long::sum);
                if (entry.state().isFinal()) {
                    counts.merge(new ArmKey(entry.dispatchId(), arm, entry.state().name()), 1L, Long::sum);
                }
            });
        }
        return counts;
    }

    /** The arm counters that letters settling now add to. */
    static Map<ArmKey, Long> armsSettled(List<JournalEntry> entries) {
        Map<ArmKey, Long> counts = new HashMap<>();
        for (JournalEntry entry : entries) {
            if (entry.state().isFinal()) {
                entry.arm().ifPresent(arm -> counts.merge(new ArmKey(entry.dispatchId(), arm, entry.state().name()), 1L, Long::sum));
            }
        }
        return counts;
    }

    void addToArms(Connection connection, Map<ArmKey, Long> counts) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        try (PreparedStatement add = connection.prepareStatement(dialect.addToArmCounter(tables.armCounts()))) {
            for (Map.Entry<ArmKey, Long> counter : new TreeMap<>(counts).entrySet()) {
                ArmKey key = counter.getKey();
                Sql.bind(add, key.dispatchId(), key.arm(), key.state(), counter.getValue());
                add.addBatch();
            }
            add.executeBatch();
        }
    }

    /** The counters that letters entering the plan add to: each is planned, and a letter failed in the plan has also settled. */
    static Map<Key, Long> planned(List<JournalEntry> entries) {
        Map<Key, Long> counts = new HashMap<>();
        for (JournalEntry entry : entries) {
            counts.merge(planKey(entry), 1L, Long::sum);
            if (entry.state().isFinal()) {
                counts.merge(settledKey(entry), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The counters that letters settling now add to. */
    static Map<Key, Long> settled(List<JournalEntry> entries) {
        Map<Key, Long> counts = new HashMap<>();
        for (JournalEntry entry : entries) {
            if (entry.state().isFinal()) {
                counts.merge(settledKey(entry), 1L, Long::sum);
            }
        }
        return counts;
    }

    void add(Connection connection, Map<Key, Long> counts) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        try (PreparedStatement add = connection.prepareStatement(dialect.addToCounter(tables.counts()))) {
            for (Map.Entry<Key, Long> counter : new TreeMap<>(counts).entrySet()) {
                Key key = counter.getKey();
                Sql.bind(add, key.dispatchId(), key.state(), key.planReason(), key.reason(), key.operatorId(), key.paperBatch(), counter.getValue());
                add.addBatch();
            }
            add.executeBatch();
        }
    }

    /** The status tallies of the dispatches, from their counters and the letters their runners hold. */
    Map<String, StatusTally> read(Connection connection, List<String> dispatchIds) throws SQLException {
        Map<String, StatusTally> tallies = new HashMap<>();
        if (dispatchIds.isEmpty()) {
            return tallies;
        }
        dispatchIds.forEach(id -> tallies.put(id, new StatusTally()));
        String ids = Sql.placeholders(dispatchIds.size());
        Sql.query(connection, "SELECT dispatch_id, state, plan_reason, reason, operator_id, paper_batch, letters FROM " + tables.counts()
                + " WHERE dispatch_id IN (" + ids + ")", rows -> {
                    StatusTally tally = tallies.get(rows.getString("dispatch_id"));
                    String state = rows.getString("state");
                    long letters = rows.getLong("letters");
                    Optional<String> operator = Optional.of(rows.getString("operator_id")).filter(id -> !id.isEmpty());
                    if (PLAN.equals(state)) {
                        tally.planned(Columns.reasonKey(rows.getString("plan_reason")), operator, letters);
                    } else {
                        tally.settled(DeliveryState.valueOf(state), Columns.reasonKey(rows.getString("plan_reason")),
                                Columns.reasonKey(rows.getString("reason")), Optional.of(rows.getString("paper_batch")).filter(id -> !id.isEmpty()),
                                letters);
                    }
                    return null;
                }, dispatchIds.toArray());
        Sql.query(connection, "SELECT dispatch_id, arm, state, letters FROM " + tables.armCounts() + " WHERE dispatch_id IN (" + ids + ")", rows -> {
            StatusTally tally = tallies.get(rows.getString("dispatch_id"));
            String state = rows.getString("state");
            if (PLAN.equals(state)) {
                tally.armPlanned(rows.getString("arm"), rows.getLong("letters"));
            } else {
                tally.armSettled(rows.getString("arm"), DeliveryState.valueOf(state), rows.getLong("letters"));
            }
            return null;
        }, dispatchIds.toArray());
        Sql.query(connection, "SELECT dispatch_id, COUNT(*) AS held FROM " + tables.letters() + " WHERE dispatch_id IN (" + ids + ") AND state = '"
                + DeliveryState.CLAIMED + "' GROUP BY dispatch_id", rows -> {
                    tallies.get(rows.getString("dispatch_id")).claimed(rows.getLong("held"));
                    return null;
                }, dispatchIds.toArray());
        return tallies;
    }

    private static Key planKey(JournalEntry entry) {
        return new Key(entry.dispatchId(), PLAN, Columns.keyPart(entry.plan().reason()), "",
                Columns.keyPart(entry.plan().mailbox().map(MailboxAddress::operatorId)), "");
    }

    private static Key settledKey(JournalEntry entry) {
        return new Key(entry.dispatchId(), entry.state().name(), Columns.keyPart(entry.plan().reason()), Columns.keyPart(entry.reason()),
                Columns.keyPart(entry.plan().mailbox().map(MailboxAddress::operatorId)), Columns.keyPart(StatusTally.batchCounted(entry)));
    }
}
