package se.scb.dispatch.journal.jdbc;

/**
 * The journal's database failed or could not be reached. The message names what the journal was
 * doing and the SQL state; the cause is the driver's exception.
 */
public final class JournalStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
