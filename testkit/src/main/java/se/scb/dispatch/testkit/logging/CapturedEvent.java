package se.scb.dispatch.testkit.logging;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.event.Level;

/**
 * One log event as the capture kept it.
 *
 * @param level     the level it was logged at
 * @param logger    the logger's name
 * @param message   the message with its arguments filled in (and key-value pairs, when the fluent API added any)
 * @param throwable the throwable's text with its stack trace and causes, when one was logged
 */
public record CapturedEvent(Level level, String logger, String message, Optional<String> throwable) {

    public CapturedEvent {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(logger, "logger");
        message = message == null ? "null" : message;
        Objects.requireNonNull(throwable, "throwable");
    }

    /** The event as one readable block: level, logger, message, then the stack trace if any. */
    public String text() {
        String line = level + " " + logger + " - " + message;
        return throwable.map(stack -> line + System.lineSeparator() + stack).orElse(line);
    }
}
