package se.scb.dispatch.spi;

/** A provider that could not do its work: a transport fault, a malformed answer, a bad configuration. */
public class ProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProviderException(String message) {
        super(message);
    }

    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
