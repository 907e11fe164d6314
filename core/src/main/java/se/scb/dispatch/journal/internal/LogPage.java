package se.scb.dispatch.journal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.Page;

/**
 * A page of the dispatch log being filled, in the two parts every journal reads: plan lines a letter
 * at a time (a letter's lines never split over two pages), then the lines written when sending.
 */
public final class LogPage {

    private final int limit;
    private final List<JournalEvent> lines = new ArrayList<>();
    private String lastPosition;
    private boolean full;

    public LogPage(int limit) {
        this.limit = limit;
    }

    /** Adds one letter's plan lines; false when they do not fit, and the page is then complete. */
    public boolean addPlanLines(List<JournalEvent> planLines, long row) {
        // An empty page takes a letter's lines even when they are more than the limit, or paging would never move on.
        if (!lines.isEmpty() && lines.size() + planLines.size() > limit) {
            full = true;
            return false;
        }
        lines.addAll(planLines);
        lastPosition = new Cursors.LogPosition(true, row).cursor();
        return true;
    }

    /** Adds a line written when sending, at its position in the log; false when the page is already complete. */
    public boolean addLine(JournalEvent line, long position) {
        if (lines.size() >= limit) {
            full = true;
            return false;
        }
        lines.add(line);
        lastPosition = new Cursors.LogPosition(false, position).cursor();
        return true;
    }

    /** Whether a line was refused: there is more after this page. */
    public boolean isFull() {
        return full;
    }

    public Page<JournalEvent> result() {
        return new Page<>(lines, full ? Optional.of(lastPosition) : Optional.empty());
    }
}
