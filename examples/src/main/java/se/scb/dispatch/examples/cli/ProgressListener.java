package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.SendProgress;

/**
 * Shows a dispatch's progress on stderr: the planning of the rows, when their number is known in
 * advance, then the sending.
 */
final class ProgressListener implements DispatchListener {

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicLong planned = new AtomicLong();
    private volatile long rows;
    private volatile ProgressBar planning;
    private volatile ProgressBar sending;

    ProgressListener(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Starts the bars for a new pass over the population.
     *
     * @param planLabel what the planning is called, e.g. "Validating"
     * @param rowCount  rows the pass will plan, or a negative number when not known in advance
     */
    void startPass(String planLabel, long rowCount) {
        finish();
        planned.set(0);
        rows = rowCount;
        planning = rowCount >= 0 ? new ProgressBar(planLabel, err, terminal) : null;
        sending = new ProgressBar("Sending", err, terminal);
    }

    /** Ends the bars' lines; call when the pass is over, before printing anything else. */
    void finish() {
        ProgressBar bar = planning;
        if (bar != null) {
            bar.finish();
        }
        bar = sending;
        if (bar != null) {
            bar.finish();
        }
    }

    @Override
    public void planned(RecipientOutcome outcome) {
        ProgressBar bar = planning;
        if (bar != null) {
            bar.update(planned.incrementAndGet(), rows);
        }
    }

    @Override
    public void progressed(SendProgress progress) {
        ProgressBar plan = planning;
        if (plan != null) {
            plan.finish();
        }
        ProgressBar bar = sending;
        if (bar != null) {
            bar.update(progress.settled(), progress.total());
        }
    }
}
