package se.scb.dispatch.journal.internal;

import java.util.Objects;

/**
 * How far a dispatch's plan has got, written in the same transaction as each part of the plan: a plan cut
 * short by a crash is continued from the row after {@code rowsPlanned}, never planned again from the start.
 *
 * @param rowsPlanned the number of the last source row in the plan (rows are numbered from 1, in source order)
 * @param fingerprint what the source's rows up to {@code rowsPlanned} hash to (see the planner's {@code RowFingerprint}):
 *                    a plan is continued only from a source whose first rows hash the same
 * @param complete    every row of the source is in the plan; until then the dispatch cannot complete
 */
public record PlanProgress(long rowsPlanned, String fingerprint, boolean complete) {

    public PlanProgress {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (rowsPlanned < 0) {
            throw new IllegalArgumentException("rowsPlanned must not be negative: " + rowsPlanned);
        }
    }
}
