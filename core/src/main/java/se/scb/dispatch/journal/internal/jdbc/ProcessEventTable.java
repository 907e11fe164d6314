package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.scb.dispatch.spi.ProcessEvent;

/**
 * Operators' process events ({@code <prefix>process_events}: one row per message id and kind, the earliest kept)
 * and where the journal stands in each operator's feed ({@code <prefix>event_cursors}).
 */
final class ProcessEventTable {

    private static final List<String> KEY = List.of("message_id", "kind");
    private static final List<String> REST = List.of(Dialect.TIME, "event_id", "detail");

    private final Tables tables;
    private final String keepEarliest;
    private final String setCursor;

    ProcessEventTable(Dialect dialect, Tables tables) {
        this.tables = tables;
        this.keepEarliest = dialect.keepEarliest(tables.processEvents(), KEY, REST);
        this.setCursor = dialect.setCursor(tables.eventCursors());
    }

    /** The earliest of each letter and kind first, in key order: see {@link CaseEventTable#record}. */
    void record(Connection connection, List<ProcessEvent> events) throws SQLException {
        Map<String, ProcessEvent> earliest = new TreeMap<>();
        events.forEach(event -> earliest.merge(event.messageId() + '\u0000' + event.kind(), event,
                (kept, offered) -> offered.at().isBefore(kept.at()) ? offered : kept));
        try (Batch insert = new Batch(connection.prepareStatement(keepEarliest))) {
            for (ProcessEvent event : earliest.values()) {
                Sql.bind(insert.statement(), event.messageId(), event.kind().name(), event.at(), event.eventId(), event.detail());
                insert.add();
            }
            insert.flush();
        }
    }

    List<ProcessEvent> read(Connection connection, Collection<String> messageIds) throws SQLException {
        List<ProcessEvent> found = new ArrayList<>();
        for (List<String> chunk : Sql.chunks(messageIds)) {
            found.addAll(Sql.query(connection, "SELECT message_id, kind, at, event_id, detail FROM " + tables.processEvents()
                    + " WHERE message_id IN (" + Sql.placeholders(chunk.size()) + ")", rows -> new ProcessEvent(rows.getString("event_id"),
                            rows.getString("message_id"), ProcessEvent.Kind.valueOf(rows.getString("kind")), Columns.instant(rows, "at"),
                            rows.getString("detail")), chunk.toArray()));
        }
        return found;
    }

    Optional<String> cursor(Connection connection, String operator) throws SQLException {
        return Sql.query(connection, "SELECT position FROM " + tables.eventCursors() + " WHERE source = ?", rows -> rows.getString("position"),
                operator).stream().findFirst();
    }

    void setCursor(Connection connection, String operator, String position, Instant at) throws SQLException {
        Sql.update(connection, setCursor, operator, position, at);
    }
}
