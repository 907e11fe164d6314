package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.JournalEntry;

/**
 * Hands letters to runners. A claim takes letters whose runner's lease ran out first, then due letters
 * earliest due first; each query walks the claim index in that order and stops at the number asked for.
 *
 * <p>On PostgreSQL the queries lock the rows they return and skip those another runner is claiming at
 * this moment ({@code FOR UPDATE SKIP LOCKED}). H2 locks every row such a query matches, not just those
 * it returns, so there the candidates are read without a lock. Either way each is then taken by an
 * update that checks it is still as it was read (state, runner, print batch); one another runner took
 * in between is not ours, and the next candidates are read.
 */
final class Claims {

    /** How often one claim reads candidates again after losing some to another runner (H2 only). */
    private static final int ROUNDS = 3;

    private final Dialect dialect;
    private final Tables tables;

    Claims(Dialect dialect, Tables tables) {
        this.dialect = dialect;
        this.tables = tables;
    }

    /** A letter held by a runner whose lease ran out (or who never had one), for the letter alias {@code r} at the time given. */
    String heldByNoLiveRunner() {
        return "r.state = '" + DeliveryState.CLAIMED + "' AND NOT EXISTS (SELECT 1 FROM " + tables.runners()
                + " o WHERE o.owner = r.lease_owner AND o.lease_until > ?)";
    }

    List<JournalEntry> claim(Connection connection, String dispatchId, String owner, Instant now, int max) throws SQLException {
        Map<Long, JournalEntry> claimed = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS && claimed.size() < max; round++) {
            List<Candidate> candidates = candidates(connection, dispatchId, now, max - claimed.size()).stream()
                    .filter(candidate -> !claimed.containsKey(candidate.entry().row().number()))
                    .toList();
            List<JournalEntry> taken = take(connection, candidates, owner);
            taken.forEach(entry -> claimed.put(entry.row().number(), entry.settled(DeliveryState.CLAIMED, entry.reason())));
            if (taken.size() == candidates.size()) {
                break;
            }
        }
        return List.copyOf(claimed.values());
    }

    /** A letter as a claim read it, with the runner that held it then (none: empty). */
    private record Candidate(JournalEntry entry, String heldBy) {
    }

    private List<Candidate> candidates(Connection connection, String dispatchId, Instant now, int max) throws SQLException {
        String lock = dialect.locksOnlyRowsReturned() ? " FOR UPDATE OF r SKIP LOCKED" : "";
        String select = "SELECT " + Columns.LETTER + ", r.lease_owner FROM " + tables.lettersWhole() + " WHERE r.dispatch_id = ? AND ";
        Sql.RowReader<Candidate> reader = rows -> new Candidate(Columns.letter(rows), Columns.nullAsEmpty(rows.getString("lease_owner")));
        // Ordered as the claim index is (the state is fixed by the WHERE): ordered by row alone, H2 walked every letter
        // of the dispatch in key order looking for a claimed one, on every claim, which made sending quadratic.
        List<Candidate> found = new ArrayList<>(Sql.query(connection, select + heldByNoLiveRunner()
                + " ORDER BY r.dispatch_id, r.state, r.due_at, r.row_no FETCH FIRST ? ROWS ONLY" + lock, reader, dispatchId, now, max));
        if (found.size() < max) {
            // The leading columns are fixed by the WHERE; naming them lets H2 see that the claim index gives this order.
            found.addAll(Sql.query(connection, select + "r.state = '" + DeliveryState.PLANNED + "' AND r.due_at <= ?"
                    + " ORDER BY r.dispatch_id, r.state, r.due_at, r.row_no FETCH FIRST ? ROWS ONLY" + lock, reader, dispatchId, now, max - found.size()));
        }
        return found;
    }

    /** Takes the candidates that are still as read, for {@code owner}; returns those it took. */
    private List<JournalEntry> take(Connection connection, List<Candidate> candidates, String owner) throws SQLException {
        if (candidates.isEmpty()) {
            return List.of();
        }
        // The state as an expression: PostgreSQL, seeing an equality on it, would walk the claim index (dispatch, state, due, row)
        // over every letter in the state instead of taking the one row by its key.
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + tables.letters() + " SET state = '" + DeliveryState.CLAIMED
                + "', lease_owner = ? WHERE dispatch_id = ? AND row_no = ? AND (state || '') = ? AND COALESCE(lease_owner, '') = ?"
                + " AND COALESCE(paper_batch, '') = ?")) {
            for (Candidate candidate : candidates) {
                JournalEntry entry = candidate.entry();
                Sql.bind(update, owner, entry.dispatchId(), entry.row().number(), entry.state().name(), candidate.heldBy(),
                        entry.paperBatch().orElse(""));
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            List<JournalEntry> taken = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    taken.add(candidates.get(i).entry());
                }
            }
            return taken;
        }
    }

}
