package se.scb.dispatch.adapter.kivra;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The wait an answer asks for in its {@code Retry-After} header: whole seconds, or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** Empty when the header is absent or unreadable; never negative. */
    static Optional<Duration> of(HttpResponse<?> response, Clock clock) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> parse(value, clock));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
