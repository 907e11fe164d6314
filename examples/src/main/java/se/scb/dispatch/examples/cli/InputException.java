package se.scb.dispatch.examples.cli;

/** An input the user gave cannot be used; the message says which one and what to fix. Exit code 2. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
