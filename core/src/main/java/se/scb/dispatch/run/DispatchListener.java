package se.scb.dispatch.run;

import se.scb.dispatch.model.RecipientOutcome;

/**
 * Hears how a dispatch goes. Methods may be called from several threads; keep them quick, since a
 * slow listener slows the dispatch.
 */
public interface DispatchListener {

    /** A row has been planned (validation and sending both call this, once per row, in row order). */
    default void planned(RecipientOutcome outcome) {
    }

    /** A letter has settled; {@code progress} counts every settled row so far. */
    default void progressed(SendProgress progress) {
    }

    /** A listener that does nothing. */
    static DispatchListener none() {
        return new DispatchListener() {
        };
    }
}
