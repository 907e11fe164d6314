package se.scb.dispatch.preview;

import java.util.List;

/**
 * What one column of the source holds.
 *
 * @param filled         rows where it is not blank
 * @param distinct       distinct non-blank values counted; exact unless {@code distinctCapped}
 * @param distinctCapped true when there were more distinct values than the preview tracks
 * @param topValues      the most common values, most common first; empty for the recipient-id column and
 *                       any column holding identity numbers, whose values are personal data
 * @param usedByTemplate whether the template names it in a placeholder
 */
public record VariableSummary(String name, long filled, long distinct, boolean distinctCapped, List<ValueCount> topValues,
        boolean usedByTemplate) {

    public VariableSummary {
        topValues = List.copyOf(topValues);
    }

    /** A value and how many rows have it. */
    public record ValueCount(String value, long count) {
    }
}
