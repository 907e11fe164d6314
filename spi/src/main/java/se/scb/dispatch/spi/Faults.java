package se.scb.dispatch.spi;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import se.scb.dispatch.id.IdentityNumbers;

/** What adapters and the core need to say about a transport fault, said one way. */
public final class Faults {

    private Faults() {
    }

    /** The fault itself, out of the {@link CompletionException}s and {@link ExecutionException}s futures wrap it in. */
    public static Throwable rootOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The fault's type and message, e.g. {@code ConnectException (Connection refused)}, with anything in
     * the message that looks like an identity number masked: messages from libraries can quote what
     * they were given.
     */
    public static String describe(Throwable fault) {
        String message = fault.getMessage();
        return fault.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + IdentityNumbers.mask(message) + ")");
    }
}
