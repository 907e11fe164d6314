package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.Page;
import se.scb.dispatch.journal.internal.Cursors;
import se.scb.dispatch.journal.internal.LogPage;
import se.scb.dispatch.journal.internal.PlanLines;

/**
 * Reads the dispatch log a page at a time: the plan lines made from the letters in row order, then
 * the stored lines by their position. A query for one recipient or one letter first finds its rows,
 * then reads only their lines through the log's letter index.
 */
final class LogReader {

    private final Tables tables;

    LogReader(Tables tables) {
        this.tables = tables;
    }

    Page<JournalEvent> page(Connection connection, String dispatchId, Instant plannedAt, EventQuery query) throws SQLException {
        Cursors.LogPosition position = Cursors.logPosition(query.after());
        LogPage page = new LogPage(query.limit());
        boolean oneLetter = query.recipient().isPresent() || query.messageId().isPresent();
        List<JournalEntry> letters = oneLetter ? lettersAsked(connection, dispatchId, query) : List.of();
        if (position.inPlan() && !planLines(connection, dispatchId, plannedAt, query, position.after(), letters, oneLetter, page)) {
            return page.result();
        }
        long after = position.inPlan() ? 0 : position.after();
        StringBuilder sql = new StringBuilder("SELECT l.id, l.dispatch_id, l.row_no, r.message_id, l.at, l.type, l.code, l.detail FROM ")
                .append(tables.log()).append(" l JOIN ").append(tables.letters())
                .append(" r ON r.dispatch_id = l.dispatch_id AND r.row_no = l.row_no WHERE l.dispatch_id = ? AND l.id > ?");
        List<Object> parameters = new ArrayList<>(List.of(dispatchId, after));
        if (oneLetter) {
            if (letters.isEmpty()) {
                return page.result();
            }
            sql.append(" AND l.row_no IN (").append(Sql.placeholders(letters.size())).append(')');
            letters.forEach(letter -> parameters.add(letter.row().number()));
        }
        // Named as the index is, so H2 reads it in order instead of sorting the rest of the log.
        sql.append(" ORDER BY l.dispatch_id, l.id FETCH FIRST ? ROWS ONLY");
        parameters.add(query.limit() + 1);
        for (Line line : Sql.query(connection, sql.toString(), rows -> new Line(Columns.logLine(rows), rows.getLong("id")), parameters.toArray())) {
            if (!page.addLine(line.event(), line.position())) {
                break;
            }
        }
        return page.result();
    }

    /** Fills the page with plan lines; false when the page is full before the plan ends. */
    private boolean planLines(Connection connection, String dispatchId, Instant plannedAt, EventQuery query, long afterRow, List<JournalEntry> asked,
            boolean oneLetter, LogPage page) throws SQLException {
        List<JournalEntry> letters = oneLetter
                ? asked.stream().filter(letter -> letter.row().number() > afterRow).toList()
                : Sql.query(connection, "SELECT " + Columns.LETTER + " FROM " + tables.lettersWhole() + " WHERE r.dispatch_id = ? AND r.row_no > ?"
                        + " ORDER BY r.dispatch_id, r.row_no FETCH FIRST ? ROWS ONLY", Columns::letter, dispatchId, afterRow, query.limit() + 1);
        for (JournalEntry letter : letters) {
            if (!page.addPlanLines(PlanLines.of(letter, plannedAt), letter.row().number())) {
                return false;
            }
        }
        // Fewer letters than asked for means the plan ended on this page.
        return oneLetter || letters.size() <= query.limit();
    }

    /** The letters a query for one recipient or one letter is about. */
    private List<JournalEntry> lettersAsked(Connection connection, String dispatchId, EventQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(Columns.LETTER).append(" FROM ").append(tables.lettersWhole()).append(" WHERE r.dispatch_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(dispatchId));
        query.recipient().ifPresent(who -> {
            sql.append(" AND c.recipient_id = ?");
            parameters.add(who.canonical());
        });
        query.messageId().ifPresent(id -> {
            sql.append(" AND r.message_id = ?");
            parameters.add(id);
        });
        sql.append(" ORDER BY r.dispatch_id, r.row_no");
        return Sql.query(connection, sql.toString(), Columns::letter, parameters.toArray());
    }

    private record Line(JournalEvent event, long position) {
    }
}
