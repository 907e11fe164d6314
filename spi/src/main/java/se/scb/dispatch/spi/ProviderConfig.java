package se.scb.dispatch.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration handed to a provider: the keys of a properties file, or the same keys set
 * from code. Values are trimmed; a key set to blank counts as absent. A provider reads its keys
 * with a {@link #reader(String) Reader}, which collects every problem into one exception.
 */
public final class ProviderConfig {

    /** Names the recipient directory to use when several are on the class path, e.g. {@code mina-meddelanden}. */
    public static final String RECIPIENT_DIRECTORY_KEY = "dispatch.recipient-directory";
    /** Names the mailbox operator to use when several are on the class path, e.g. {@code kivra}. */
    public static final String MAILBOX_OPERATOR_KEY = "dispatch.mailbox-operator";
    /** Names the paper channel to use when several are on the class path, e.g. {@code print-batch}. */
    public static final String PAPER_CHANNEL_KEY = "dispatch.paper-channel";

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

    /**
     * A reader of these keys that collects every problem it meets; {@link Reader#done()} then throws
     * one exception naming them all.
     *
     * @param what what the keys configure, for the message, e.g. {@code "Kivra configuration"}
     */
    public Reader reader(String what) {
        return new Reader(this, what);
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

    /**
     * Reads a provider's keys as typed values and collects every problem, so that one run shows all
     * there is to fix. Each problem is a sentence that begins with the key and says what the value must
     * be. A getter that meets a problem records it and returns its default (or {@code null} for a
     * required value): read every key, add the provider's own rules with {@link #check}, then call
     * {@link #done()} before using what was read. Not thread-safe; one reader per reading. A builder in
 * code may use a reader of {@link ProviderConfig#empty()} to collect the problems of its own settings
 * into the same one exception.
     *
     * <p>Secrets stay out of messages: text is never quoted, and a typed value only when the key's
     * last part does not say password, secret, passphrase or credentials.
     */
    public static final class Reader {

        private static final Set<String> SECRET_WORDS = Set.of("password", "secret", "passphrase", "credentials");

        private final ProviderConfig config;
        private final String what;
        private final List<String> problems = new ArrayList<>();

        private Reader(ProviderConfig config, String what) {
            this.config = config;
            this.what = what;
        }

        /** The text under {@code key}; a problem when it is not set. */
        public String requiredText(String key) {
            Optional<String> value = config.get(key);
            if (value.isEmpty()) {
                problem(key, "must be set");
            }
            return value.orElse(null);
        }

        public Optional<String> optionalText(String key) {
            return config.get(key);
        }

        /** An absolute {@code http} or {@code https} address with a host, when set. */
        public Optional<URI> httpUri(String key) {
            return parsed(key, "an absolute http or https address such as https://host.example/path", Reader::toHttpUri);
        }

        /** As {@link #httpUri}; a problem when not set. */
        public URI requiredHttpUri(String key) {
            return required(key, httpUri(key));
        }

        /** A duration such as {@code 30s}, {@code 500ms}, {@code 2m} or {@code PT30S}, not negative; {@code absent} when not set. */
        public Duration duration(String key, Duration absent) {
            Optional<Duration> value = parsed(key, "a duration such as 30s, 500ms, 2m or PT30S", text -> ProviderConfig.parseDuration(text).orElse(null));
            value.filter(Duration::isNegative).ifPresent(negative -> problem(key, "must not be negative"));
            return value.filter(duration -> !duration.isNegative()).orElse(absent);
        }

        /** As {@link #duration}, longer than zero. */
        public Duration positiveDuration(String key, Duration absent) {
            Duration value = duration(key, absent);
            if (value != null && value.isZero()) {
                problem(key, "must be longer than zero");
            }
            return value;
        }

        /** A whole number of at least 1; {@code absent} when not set. */
        public int positiveInt(String key, int absent) {
            Optional<Integer> value = optionalInt(key);
            value.filter(number -> number < 1).ifPresent(number -> problem(key, "must be at least 1; it is " + number));
            return value.filter(number -> number >= 1).orElse(absent);
        }

        /** A whole number, when set. */
        public Optional<Integer> optionalInt(String key) {
            return parsed(key, "a whole number", Integer::valueOf);
        }

        /** {@code true} or {@code false} in any case; {@code absent} when not set. */
        public boolean bool(String key, boolean absent) {
            return parsed(key, "true or false", Reader::toBoolean).orElse(absent);
        }

        /** A file system path, when set; it need not exist. */
        public Optional<Path> path(String key) {
            return parsed(key, "a path this file system can have", Path::of);
        }

        /** A path to a file that exists and can be read, when set. */
        public Optional<Path> existingFile(String key) {
            Optional<Path> path = path(key);
            path.filter(file -> !Files.isRegularFile(file)).ifPresent(file ->
                    problem(key, "must name an existing file; " + file.toAbsolutePath() + " does not exist or is not a file"));
            return path.filter(Files::isRegularFile);
        }

        /** Records a problem with a key, e.g. {@code problem("kivra.retention-days", "must be 30 or 390")}. */
        public void problem(String key, String mustBe) {
            problems.add(key + " " + mustBe + (mustBe.endsWith(".") ? "" : "."));
        }

        /** Records {@code problem(key, mustBe)} unless {@code holds}: a provider's own rule. */
        public void check(boolean holds, String key, String mustBe) {
            if (!holds) {
                problem(key, mustBe);
            }
        }

        /** @throws ProviderException naming every problem recorded, in the order met, when there is any */
        public void done() {
            if (!problems.isEmpty()) {
                throw new ProviderException("Invalid " + what + ": " + String.join(" ", problems));
            }
        }

        private <T> T required(String key, Optional<T> value) {
            if (value.isEmpty() && config.get(key).isEmpty()) {
                problem(key, "must be set");
            }
            return value.orElse(null);
        }

        /** The value parsed, or a problem saying what it must be (quoting the value unless the key is secret). */
        private <T> Optional<T> parsed(String key, String mustBe, Function<String, T> parser) {
            Optional<String> text = config.get(key);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            T value;
            try {
                value = parser.apply(text.get());
            } catch (IllegalArgumentException e) {
                // Also NumberFormatException and InvalidPathException.
                value = null;
            }
            if (value == null) {
                problem(key, "must be " + mustBe + (isSecret(key) ? "" : "; it is '" + text.get() + "'"));
            }
            return Optional.ofNullable(value);
        }

        private static boolean isSecret(String key) {
            String lastPart = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return SECRET_WORDS.stream().anyMatch(lastPart::contains);
        }

        private static URI toHttpUri(String text) {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return uri.getHost() != null && (scheme.equals("http") || scheme.equals("https")) ? uri : null;
            } catch (URISyntaxException e) {
                return null;
            }
        }

        private static Boolean toBoolean(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("false") ? Boolean.valueOf(lower) : null;
        }
    }
}
