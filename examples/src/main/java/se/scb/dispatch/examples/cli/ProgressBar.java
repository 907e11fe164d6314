package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;

/**
 * Progress of one phase on stderr. On a terminal a bar redrawn in place with {@code \r}; elsewhere
 * (a log file, a CI job) a line at every tenth, so that the log stays short. Thread-safe: the
 * delivery runner reports from the operators' threads.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final String label;
    private final PrintWriter err;
    private final boolean terminal;
    /** The last step drawn: per mille on a terminal, tenths elsewhere (where 0% is not worth a line). */
    private int drawn;
    private boolean finished;

    ProgressBar(String label, PrintWriter err, boolean terminal) {
        this.label = label;
        this.err = err;
        this.terminal = terminal;
        this.drawn = terminal ? -1 : 0;
    }

    synchronized void update(long done, long total) {
        if (finished) {
            return;
        }
        double fraction = total <= 0 ? 1.0 : Math.min(1.0, (double) done / total);
        int step = (int) Math.floor(fraction * (terminal ? 1000 : 10));
        if (step <= drawn) {
            return;
        }
        drawn = step;
        if (terminal) {
            int filled = (int) Math.round(fraction * WIDTH);
            err.print(String.format("\r%-10s [%s%s] %3d%% %d/%d", label, "#".repeat(filled), ".".repeat(WIDTH - filled),
                    (int) Math.floor(fraction * 100), done, total));
        } else {
            err.println(String.format("%s: %d%% (%d/%d)", label, step * 10, done, total));
        }
        err.flush();
        if (done >= total) {
            finish();
        }
    }

    /** Ends the bar's line on a terminal; later updates are ignored. */
    synchronized void finish() {
        if (!finished && terminal && drawn >= 0) {
            err.println();
            err.flush();
        }
        finished = true;
    }
}
