package se.scb.dispatch.plan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.internal.PlanProgress;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.population.PopulationRow;

/**
 * Writes a dispatch's plan to the journal in parts, each with how far the plan has got, in one transaction: the letters
 * of a part are sendable as soon as it is written, while the planner goes on with the next rows.
 *
 * <p>A plan cut short (a crash, a failing directory) is never half sent in the sense that matters: every part written
 * is whole, the journal knows the last row planned, and the dispatch cannot complete until the last part says the
 * plan is complete. It is continued, from the same source, by replaying the rows already planned (their checks only:
 * the duplicates and experiment arms of later rows depend on them) and planning the rest; the rows replayed must hash
 * to the fingerprint stored with the last part, or nothing more is written.
 */
public final class PlanParts implements Consumer<PlanEntry> {

    /** Small, so that the first letters are sendable soon after the start. */
    static final int FIRST_PART = 1_000;
    /** As the plan was written in batches before, so a plan costs no more commits than it did. */
    static final int PART = 5_000;

    private final JournalStore journal;
    private final String dispatchId;
    private final Schedule schedule;
    private final Instant plannedAt;
    private final PlanProgress before;
    private final RowFingerprint fingerprint = new RowFingerprint();
    private final List<JournalEntry> pending = new ArrayList<>(FIRST_PART);
    private final CompletableFuture<Void> readyToSend = new CompletableFuture<>();
    private long lastRow;
    private long writtenThrough;
    private int partSize = FIRST_PART;
    private boolean replayChecked;

    /**
     * @param before    how far the plan had got: {@code new PlanProgress(0, …, false)} for a new plan
     * @param plannedAt when the dispatch was made: waves are counted from it, in every part
     */
    public PlanParts(JournalStore journal, String dispatchId, Schedule schedule, Instant plannedAt, PlanProgress before) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.dispatchId = Objects.requireNonNull(dispatchId, "dispatchId");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.plannedAt = Objects.requireNonNull(plannedAt, "plannedAt");
        this.before = Objects.requireNonNull(before, "before");
        this.lastRow = before.rowsPlanned();
        this.writtenThrough = before.rowsPlanned();
        this.replayChecked = before.rowsPlanned() == 0;
    }

    /** The progress of a plan not yet begun: no rows, the fingerprint of none. */
    public static PlanProgress notBegun() {
        return new PlanProgress(0, new RowFingerprint().value(), false);
    }

    /** The rows already in the plan, which the planner replays through their checks and writes no more. */
    public long alreadyPlanned() {
        return before.rowsPlanned();
    }

    /** A row already in the plan, read again: it must be the row that was planned. */
    public void replayed(PopulationRow row) {
        fingerprint.add(row);
    }

    /**
     * Completed once there is something to send: a new plan's first part is in the journal, or a continued plan's
     * source has proved to be the one planned from; or the plan stopped before either.
     */
    public CompletableFuture<Void> readyToSend() {
        return readyToSend;
    }

    @Override
    public void accept(PlanEntry entry) {
        checkReplay();
        fingerprint.add(entry.row());
        lastRow = entry.row().number();
        pending.add(PlannedLetters.of(dispatchId, entry, schedule, plannedAt));
        if (pending.size() >= partSize) {
            write(false);
            partSize = PART;
        }
    }

    /** Writes the last part, which completes the plan. */
    public void finish() {
        checkReplay();
        write(true);
    }

    /** Lets a sender waiting for the first part go on when the plan stops before it (it then finds out why from the plan). */
    public void stopped() {
        readyToSend.complete(null);
    }

    private void write(boolean complete) {
        if (!journal.addPlanPart(dispatchId, List.copyOf(pending), new PlanProgress(lastRow, fingerprint.value(), complete))) {
            throw new PlanStoppedException("Dispatch " + dispatchId + " was cancelled while it was being planned; rows after "
                    + writtenThrough + " were not planned.");
        }
        pending.clear();
        writtenThrough = lastRow;
        readyToSend.complete(null);
    }

    /** Before anything is written after a replay: the rows read again are the rows that were planned. */
    private void checkReplay() {
        if (replayChecked) {
            return;
        }
        if (fingerprint.rows() != before.rowsPlanned() || !fingerprint.value().equals(before.fingerprint())) {
            readyToSend.completeExceptionally(new IllegalStateException("the source is not the one planned from"));
            throw new SourceMismatchException("Dispatch " + dispatchId + " was planned from another source: its first " + before.rowsPlanned()
                    + " rows are not the rows planned (the source gave " + fingerprint.rows() + " rows up to row " + before.rowsPlanned()
                    + ", or different values). Give the same file, unchanged, to continue the plan; nothing was written.");
        }
        replayChecked = true;
        if (before.rowsPlanned() > 0) {
            readyToSend.complete(null);
        }
    }
}
