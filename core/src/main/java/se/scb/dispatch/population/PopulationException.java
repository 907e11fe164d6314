package se.scb.dispatch.population;

/** A source that cannot be read at all: a missing or unreadable file, a file without a header. */
public final class PopulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PopulationException(String message) {
        super(message);
    }

    public PopulationException(String message, Throwable cause) {
        super(message, cause);
    }
}
