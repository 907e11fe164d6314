package se.scb.dispatch.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration handed to a provider: the keys of a properties file, or the same keys set
 * from code. Values are trimmed; a key set to blank counts as absent.
 */
public final class ProviderConfig {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|min|m|h)");

    private final Map<String, String> values;

    private ProviderConfig(Map<String, String> values) {
        this.values = values;
    }

    public static ProviderConfig of(Map<String, String> values) {
        Map<String, String> cleaned = new TreeMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                cleaned.put(key.strip(), value.strip());
            }
        });
        return new ProviderConfig(Map.copyOf(cleaned));
    }

    public static ProviderConfig empty() {
        return new ProviderConfig(Map.of());
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @throws ProviderException naming the key when it is not set */
    public String require(String key) {
        return get(key).orElseThrow(() -> new ProviderException("The configuration key '" + key + "' is required but not set."));
    }

    /**
     * A duration as people write it in a properties file: {@code 500ms}, {@code 30s}, {@code 2m} or
     * {@code 2min}, {@code 1h}, or ISO-8601 such as {@code PT30S}; empty when the text is neither.
     */
    public static Optional<Duration> parseDuration(String text) {
        String trimmed = text.strip();
        Matcher shortForm = SHORT_DURATION.matcher(trimmed.toLowerCase(Locale.ROOT));
        try {
            if (shortForm.matches()) {
                long amount = Long.parseLong(shortForm.group(1));
                switch (shortForm.group(2)) {
                    case "ms":
                        return Optional.of(Duration.ofMillis(amount));
                    case "s":
                        return Optional.of(Duration.ofSeconds(amount));
                    case "h":
                        return Optional.of(Duration.ofHours(amount));
                    default:
                        return Optional.of(Duration.ofMinutes(amount));
                }
            }
            return Optional.of(Duration.parse(trimmed));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        // Keys only: values may be secrets.
        return "ProviderConfig" + values.keySet();
    }
}
