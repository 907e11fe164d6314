package se.scb.dispatch.population;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** A source that cannot be read at all: a missing or unreadable file, a file without a header. */
public final class PopulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PopulationException(String message) {
        super(message);
    }

    public PopulationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** One wording for every way the bytes of a source can fail to arrive. */
    static PopulationException cannotRead(String description, IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return new PopulationException(description + " does not exist; check the path", cause);
        }
        if (cause instanceof AccessDeniedException) {
            return new PopulationException("cannot read " + description + ": permission denied", cause);
        }
        return new PopulationException("cannot read " + description + ": " + cause.getMessage(), cause);
    }
}
