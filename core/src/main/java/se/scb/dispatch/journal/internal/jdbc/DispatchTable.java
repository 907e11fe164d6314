package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.journal.internal.PlanProgress;
import se.scb.dispatch.journal.internal.StatusTally;

/** The dispatches table: a dispatch's record, its state, and the history, inside the caller's transaction. */
final class DispatchTable {

    private static final String FINAL_DISPATCH = Sql.inList(Arrays.stream(DispatchState.values()).filter(DispatchState::isFinal).toList());

    private final Tables tables;

    DispatchTable(Tables tables) {
        this.tables = tables;
    }

    /** Records a new dispatch, in state {@link DispatchState#PLANNING}. */
    void insert(Connection connection, DispatchRecord dispatch) throws SQLException {
        try {
            Sql.update(connection, "INSERT INTO " + tables.dispatches()
                    + " (id, name, sender, subject, template_json, options_json, state, created_at, created_by, purged_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", dispatch.id(), dispatch.name(), dispatch.sender(), dispatch.subject(),
                    dispatch.templateJson(), JournalCodec.options(dispatch.options()), DispatchState.PLANNING.name(), dispatch.createdAt(),
                    dispatch.options().createdBy(), dispatch.purgedAt().orElse(null), dispatch.createdAt());
        } catch (SQLException e) {
            if (Transactions.hasState(e, Transactions.UNIQUE_VIOLATION)) {
                throw new IllegalArgumentException("A dispatch with id " + dispatch.id() + " already exists.", e);
            }
            throw e;
        }
    }

    Optional<DispatchRecord> read(Connection connection, String dispatchId) throws SQLException {
        return Sql.query(connection, "SELECT " + Columns.DISPATCH + " FROM " + tables.dispatches() + " WHERE id = ?", Columns::dispatch, dispatchId)
                .stream().findFirst();
    }

    /**
     * Whether the dispatch's plan is complete, from the row's columns: a dispatch planned without parts (progress NULL)
     * was planned whole before it left PLANNING.
     */
    private static final String PLAN_COMPLETE = planComplete("");

    private static String planComplete(String alias) {
        return "(CASE WHEN " + alias + "plan_complete IS NULL THEN " + alias + "state <> '" + DispatchState.PLANNING + "' ELSE " + alias
                + "plan_complete END)";
    }

    /**
     * Moves a dispatch to another state; false when it was in a final state (which never changes) or is unknown, or
     * when asked to complete a dispatch whose plan is not complete.
     */
    boolean updateState(Connection connection, String dispatchId, DispatchState state, Instant at) throws SQLException {
        String planDone = state == DispatchState.COMPLETED ? " AND " + PLAN_COMPLETE : "";
        return Sql.update(connection, "UPDATE " + tables.dispatches() + " SET state = ?, updated_at = ? WHERE id = ? AND state NOT IN " + FINAL_DISPATCH
                + planDone, state.name(), at, dispatchId) > 0;
    }

    /** SCHEDULED to RUNNING, only from SCHEDULED (see {@code JournalStore.startSending}). */
    boolean startSending(Connection connection, String dispatchId, Instant at) throws SQLException {
        return Sql.update(connection, "UPDATE " + tables.dispatches() + " SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                DispatchState.RUNNING.name(), at, dispatchId, DispatchState.SCHEDULED.name()) > 0;
    }

    /**
     * Records how far the plan has got, and moves a dispatch still in PLANNING to SCHEDULED when {@code sendable};
     * false, changing nothing, when the dispatch is in a final state or unknown.
     */
    boolean recordProgress(Connection connection, String dispatchId, PlanProgress progress, boolean sendable, Instant at) throws SQLException {
        return Sql.update(connection, "UPDATE " + tables.dispatches() + " SET plan_rows = ?, plan_fingerprint = ?, plan_complete = ?,"
                + " state = CASE WHEN state = '" + DispatchState.PLANNING + "' AND ? THEN '" + DispatchState.SCHEDULED + "' ELSE state END,"
                + " updated_at = ? WHERE id = ? AND state NOT IN " + FINAL_DISPATCH,
                progress.rowsPlanned(), progress.fingerprint(), progress.complete(), sendable, at, dispatchId) > 0;
    }

    /** How far the plan has got; empty for a dispatch planned without parts. */
    Optional<PlanProgress> progress(Connection connection, String dispatchId) throws SQLException {
        List<Optional<PlanProgress>> found = Sql.query(connection, "SELECT plan_rows, plan_fingerprint, plan_complete FROM " + tables.dispatches()
                + " WHERE id = ?", rows -> {
                    long planned = rows.getLong("plan_rows");
                    return rows.wasNull() ? Optional.<PlanProgress>empty()
                            : Optional.of(new PlanProgress(planned, rows.getString("plan_fingerprint"), rows.getBoolean("plan_complete")));
                }, dispatchId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
        }
        return found.get(0);
    }

    /** Whether the dispatch's plan is complete. */
    boolean isPlanComplete(Connection connection, String dispatchId) throws SQLException {
        List<Boolean> found = Sql.query(connection, "SELECT " + PLAN_COMPLETE + " AS complete FROM " + tables.dispatches() + " WHERE id = ?",
                rows -> rows.getBoolean("complete"), dispatchId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
        }
        return found.get(0);
    }

    /** The dispatch's state, row-locked against other writers when {@code forUpdate}. */
    DispatchState existingState(Connection connection, String dispatchId, boolean forUpdate) throws SQLException {
        List<String> state = Sql.query(connection, "SELECT state FROM " + tables.dispatches() + " WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""),
                rows -> rows.getString("state"), dispatchId);
        if (state.isEmpty()) {
            throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
        }
        return DispatchState.valueOf(state.get(0));
    }

    /** Dispatches newest first, as the query asks, each with its status from the counters. */
    List<DispatchSummary> history(Connection connection, HistoryQuery query, Counters counters) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append("d." + Columns.DISPATCH.replace(", ", ", d.")).append(", d.first_sent_at")
                .append(", d.last_event_at, ").append(planComplete("d."))
                .append(" AS plan_is_complete FROM ").append(tables.dispatches()).append(" d WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!query.states().isEmpty()) {
            sql.append(" AND d.state IN (").append(Sql.placeholders(query.states().size())).append(')');
            query.states().stream().map(DispatchState::name).sorted().forEach(parameters::add);
        }
        query.from().ifPresent(from -> {
            sql.append(" AND d.created_at >= ?");
            parameters.add(from);
        });
        query.to().ifPresent(to -> {
            sql.append(" AND d.created_at < ?");
            parameters.add(to);
        });
        sql.append(" ORDER BY d.created_at DESC, d.id DESC FETCH FIRST ? ROWS ONLY");
        parameters.add(query.limit());
        List<HistoryLine> lines = Sql.query(connection, sql.toString(), HistoryLine::read, parameters.toArray());
        Map<String, StatusTally> tallies = counters.read(connection, lines.stream().map(line -> line.dispatch().id()).toList());
        return lines.stream().map(line -> line.summary(tallies.get(line.dispatch().id()).status(line.dispatch().id(), line.planComplete()))).toList();
    }

    /** A dispatch of the history with its times; the counts come from the counters. */
    private record HistoryLine(DispatchRecord dispatch, Optional<Instant> firstSentAt, Optional<Instant> lastLoggedAt, boolean planComplete) {

        /** The line with its status; the plan's log lines count as written when the dispatch was made, if it has letters. */
        DispatchSummary summary(DispatchStatus status) {
            Optional<Instant> planWrittenAt = status.total() > 0 ? Optional.of(dispatch.createdAt()) : Optional.empty();
            return new DispatchSummary(dispatch, status, firstSentAt, lastLoggedAt.or(() -> planWrittenAt));
        }

        static HistoryLine read(ResultSet rows) throws SQLException {
            return new HistoryLine(Columns.dispatch(rows), Optional.ofNullable(Columns.instant(rows, "first_sent_at")),
                    Optional.ofNullable(Columns.instant(rows, "last_event_at")), rows.getBoolean("plan_is_complete"));
        }
    }
}
