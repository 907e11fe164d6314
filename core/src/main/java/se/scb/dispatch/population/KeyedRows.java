package se.scb.dispatch.population;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.scb.dispatch.id.IdentityNumbers;

/**
 * Rows that name their own columns, as JSON objects and maps from code do. Each row is checked on
 * its own (there is no header to check once): a column without a name, two names that differ only
 * by case, or no recipient column make that row malformed, and reading goes on.
 *
 * <p>Also remembers the columns seen so far, in the order first seen.
 */
final class KeyedRows {

    private final Set<String> columnsSeen = new LinkedHashSet<>();
    private List<String> lastColumns = List.of();
    private ColumnRoles lastRoles = ColumnRoles.of(List.of());

    /** The columns of the well-formed rows so far, in the order first seen. */
    List<String> columns() {
        return List.copyOf(columnsSeen);
    }

    /**
     * Makes a row of {@code entries} (column, value); names and values are trimmed, a {@code null}
     * value is empty.
     *
     * @param where appended to a malformed row's message to point at the row in its source, or empty
     */
    PopulationRow row(long number, Iterable<? extends Map.Entry<String, String>> entries, String where) {
        Map<String, String> variables = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, String> entry : entries) {
            String column = entry.getKey() == null ? "" : entry.getKey().strip();
            if (column.isEmpty()) {
                return PopulationRow.malformed(number, "a column has no name" + where);
            }
            if (IdentityNumbers.containsOne(column)) {
                // Data where a name belongs, e.g. {"19121212-1212": {...}}: keeping it as a column would
                // carry a person's number into the variables, the column list and every message about them.
                return PopulationRow.malformed(number, "a column is named " + ShownText.quoted(column)
                        + ", which looks like an identity number; keys must be column names such as personnummer" + where);
            }
            if (!keys.add(ColumnRoles.key(column))) {
                return PopulationRow.malformed(number, "the column " + ShownText.quoted(column)
                        + " appears more than once (names are compared ignoring case)" + where);
            }
            variables.put(column, entry.getValue() == null ? "" : entry.getValue().strip());
        }
        ColumnRoles roles = rolesFor(variables);
        if (!roles.hasRecipient()) {
            return PopulationRow.malformed(number, "row has no recipient column; "
                    + ColumnRoles.RECIPIENT_ADVICE + where);
        }
        columnsSeen.addAll(variables.keySet());
        return roles.row(number, variables);
    }

    private ColumnRoles rolesFor(Map<String, String> variables) {
        // Rows of one source nearly always share their columns: reuse the last assignment.
        List<String> columns = new ArrayList<>(variables.keySet());
        if (!columns.equals(lastColumns)) {
            lastColumns = columns;
            lastRoles = ColumnRoles.of(columns);
        }
        return lastRoles;
    }
}
