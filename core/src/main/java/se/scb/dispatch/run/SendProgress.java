package se.scb.dispatch.run;

/**
 * How far a send has come.
 *
 * @param total     rows in the plan
 * @param settled   rows in a final state: delivered, on paper or failed (the plan's failures included)
 */
public record SendProgress(long total, long settled, long delivered, long onPaper, long failed) {

    /** From 0 to 1. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) settled / total;
    }
}
