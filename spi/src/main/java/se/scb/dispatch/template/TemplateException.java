package se.scb.dispatch.template;

/** A template that cannot be used: it does not parse, names unknown keys, or has a broken attachment. */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
