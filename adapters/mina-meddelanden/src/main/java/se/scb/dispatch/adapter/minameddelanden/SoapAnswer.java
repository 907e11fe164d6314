package se.scb.dispatch.adapter.minameddelanden;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What a server answered over HTTP: status, {@code Retry-After} and the body. Whether the body is a
 * response or a fault is for the caller to find out.
 */
record SoapAnswer(int status, Optional<String> retryAfterHeader, byte[] body) {

    /** The wait the server asked for: {@code Retry-After} in seconds or as an HTTP date; empty when absent or unreadable. */
    Optional<Duration> retryAfter(Clock clock) {
        return retryAfterHeader.map(String::strip).flatMap(value -> {
            if (value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 10) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    boolean isOk() {
        return status == 200;
    }
}
