package se.scb.dispatch.adapter.kivra;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people write them in properties files: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}, or ISO-8601 {@code PT30S}. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /** The duration the text gives, or empty when it is neither form. */
    static Optional<Duration> parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        Matcher shortForm = SHORT.matcher(trimmed);
        if (shortForm.matches()) {
            long amount;
            try {
                amount = Long.parseLong(shortForm.group(1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            switch (shortForm.group(2)) {
                case "ms":
                    return Optional.of(Duration.ofMillis(amount));
                case "s":
                    return Optional.of(Duration.ofSeconds(amount));
                case "m":
                    return Optional.of(Duration.ofMinutes(amount));
                default:
                    return Optional.of(Duration.ofHours(amount));
            }
        }
        try {
            return Optional.of(Duration.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
