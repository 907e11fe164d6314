package se.scb.dispatch.spi;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration handed to a provider: the keys of a properties file, or the same keys set
 * from code. Values are trimmed; a key set to blank counts as absent.
 */
public final class ProviderConfig {

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

    public Map<String, String> asMap() {
        return values;
    }

    @Override
    public String toString() {
        // Keys only: values may be secrets.
        return "ProviderConfig" + values.keySet();
    }
}
