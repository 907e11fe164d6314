package se.scb.dispatch.population;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.model.PostalAddress;

/**
 * One row of the source data.
 *
 * @param number          1 for the first data row after the header; blank lines are not counted
 * @param variables       every column by its header as written (trimmed), in column order; values trimmed
 * @param recipientIdText the raw text of the recipient column, or empty when there is none
 * @param address         the address columns
 * @param caseId          the {@code case_id} column, or empty
 * @param malformed       why the row could not be read as a row (wrong number of fields, broken
 *                        JSON …), or empty for a well-formed row
 */
public record PopulationRow(
        long number,
        Map<String, String> variables,
        String recipientIdText,
        PostalAddress address,
        String caseId,
        Optional<String> malformed) {

    public PopulationRow {
        // A reader's RowValues is unmodifiable already; copying it would double the cost of every CSV row.
        variables = variables instanceof RowValues ? variables : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        recipientIdText = recipientIdText == null ? "" : recipientIdText.strip();
        caseId = caseId == null ? "" : caseId.strip();
    }

    /** A row that could not be read; it keeps its number so the report can point at it. */
    public static PopulationRow malformed(long number, String reason) {
        return new PopulationRow(number, Map.of(), "", PostalAddress.empty(), "", Optional.of(reason));
    }

    public boolean isMalformed() {
        return malformed.isPresent();
    }

    @Override
    public String toString() {
        // Rows carry identity numbers and addresses: only the row number is safe to print.
        return "PopulationRow[number=" + number + (isMalformed() ? ", malformed" : "") + "]";
    }
}
