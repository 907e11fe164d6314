package se.scb.dispatch.plan.internal;

/**
 * A plan cut short cannot be continued from this source: its rows up to the last one planned are not the rows that
 * were planned. An {@link IllegalArgumentException}, as the caller gave the wrong argument.
 */
public final class SourceMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    SourceMismatchException(String message) {
        super(message);
    }
}
