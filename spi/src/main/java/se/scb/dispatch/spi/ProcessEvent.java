package se.scb.dispatch.spi;

import java.time.Instant;

/** Something an operator tells about a letter after it was delivered. */
public record ProcessEvent(String messageId, Type type, Instant at, String detail) {

    /** The kinds of process data operators give (each operator only some of them). */
    public enum Type {
        DELIVERED,
        NOTIFIED,
        OPENED,
        BOUNCED
    }
}
