package se.scb.dispatch.id;

/**
 * A text that is not a valid Swedish identity number. The message says what is wrong in words a
 * person can act on, and never repeats the number itself.
 */
public final class InvalidRecipientIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRecipientIdException(String message) {
        super(message);
    }
}
