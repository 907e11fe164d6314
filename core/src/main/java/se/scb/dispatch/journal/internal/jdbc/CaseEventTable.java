package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import se.scb.dispatch.journal.CaseEvent;

/** The product system's case events ({@code <prefix>case_events}): one row per case and kind, the earliest kept. */
final class CaseEventTable {

    private static final List<String> KEY = List.of("case_id", "kind");
    private static final List<String> REST = List.of(Dialect.TIME, "channel");

    private final Tables tables;
    private final String keepEarliest;

    CaseEventTable(Dialect dialect, Tables tables) {
        this.tables = tables;
        this.keepEarliest = dialect.keepEarliest(tables.caseEvents(), KEY, REST);
    }

    /**
     * The earliest of each case and kind first, so a batch never touches one row twice (PostgreSQL refuses that
     * when the driver rewrites the batch as one statement); in the order of their keys, so two writers never wait
     * for each other's rows in a circle.
     */
    void record(Connection connection, List<CaseEvent> events) throws SQLException {
        Map<String, CaseEvent> earliest = new TreeMap<>();
        events.forEach(event -> earliest.merge(event.caseId() + '\u0000' + event.kind(), event,
                (kept, offered) -> offered.at().isBefore(kept.at()) ? offered : kept));
        Collection<CaseEvent> inKeyOrder = earliest.values();
        try (Batch insert = new Batch(connection.prepareStatement(keepEarliest))) {
            for (CaseEvent event : inKeyOrder) {
                Sql.bind(insert.statement(), event.caseId(), event.kind().name(), event.at(), event.channel());
                insert.add();
            }
            insert.flush();
        }
    }

    List<CaseEvent> read(Connection connection, Collection<String> caseIds) throws SQLException {
        List<CaseEvent> found = new ArrayList<>();
        for (List<String> chunk : Sql.chunks(caseIds)) {
            found.addAll(Sql.query(connection, "SELECT case_id, kind, at, channel FROM " + tables.caseEvents() + " WHERE case_id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rows -> new CaseEvent(rows.getString("case_id"),
                            CaseEvent.Kind.valueOf(rows.getString("kind")), Columns.instant(rows, "at"), rows.getString("channel")),
                    chunk.toArray()));
        }
        return found;
    }

    Set<String> withLetters(Connection connection, Collection<String> caseIds) throws SQLException {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : Sql.chunks(caseIds)) {
            found.addAll(Sql.query(connection, "SELECT DISTINCT case_id FROM " + tables.letterData() + " WHERE case_id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rows -> rows.getString("case_id"), chunk.toArray()));
        }
        return found;
    }
}
