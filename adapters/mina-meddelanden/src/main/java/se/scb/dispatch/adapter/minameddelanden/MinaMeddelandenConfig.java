package se.scb.dispatch.adapter.minameddelanden;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMin;
import se.scb.dispatch.config.ConfigurationCheck;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/**
 * How the Mina meddelanden adapter connects and signs: built in code with {@link #builder()}, or
 * read from the {@code mina-meddelanden.*} keys of a {@link ProviderConfig} with {@link #from(ProviderConfig)}.
 *
 * <p>One key store serves both the mutual-TLS client certificate and the sender's signature of each
 * delivery; the seal (the intermediary's signature) uses the same key unless a seal key store or
 * alias is given. Immutable; {@code toString} shows no password.
 */
public final class MinaMeddelandenConfig {

    /** The prefix of every key. */
    public static final String PREFIX = "mina-meddelanden.";
    /** The Recipient service (FaR) endpoint, e.g. {@code https://…/Recipient/v3}; needed by the directory only. */
    public static final String RECIPIENT_URL = PREFIX + "recipient-url";
    /** PKCS#12 file with the client certificate for mutual TLS and the sender's signing key. */
    public static final String KEYSTORE = PREFIX + "keystore";
    public static final String KEYSTORE_PASSWORD = PREFIX + "keystore-password";
    /** The key's alias in {@value #KEYSTORE}; optional when the file holds one private key. */
    public static final String KEY_ALIAS = PREFIX + "key-alias";
    /** PKCS#12 file with the intermediary's key for the seal; defaults to {@value #KEYSTORE}. */
    public static final String SEAL_KEYSTORE = PREFIX + "seal-keystore";
    public static final String SEAL_KEYSTORE_PASSWORD = PREFIX + "seal-keystore-password";
    /** The seal key's alias; defaults to {@value #KEY_ALIAS} when no seal key store is given. */
    public static final String SEAL_KEY_ALIAS = PREFIX + "seal-key-alias";
    /** PKCS#12 file with the certificates trusted for the servers; defaults to the JDK's trust store. */
    public static final String TRUSTSTORE = PREFIX + "truststore";
    public static final String TRUSTSTORE_PASSWORD = PREFIX + "truststore-password";
    /** How long one call may take, e.g. {@code 30s}, {@code 500ms} or {@code PT30S}. */
    public static final String TIMEOUT = PREFIX + "timeout";
    /** Calls in flight at most per adapter instance. */
    public static final String MAX_IN_FLIGHT = PREFIX + "max-in-flight";
    /** {@code true} lets {@code http://} endpoints through, for tests only. */
    public static final String ALLOW_PLAIN_HTTP = PREFIX + "allow-plain-http";

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_IN_FLIGHT = 8;

    private static final String WHAT = "Mina meddelanden configuration (keys " + PREFIX + "*)";

    private final Optional<URI> recipientUrl;
    @NotNull(message = "must be set")
    @Valid
    private final KeyStoreFile keystore;
    private final Optional<@Valid KeyStoreFile> sealKeystore;
    private final Optional<String> sealKeyAlias;
    private final Optional<@Valid KeyStoreFile> truststore;
    @NotNull(message = "must be set")
    @DurationMin(millis = 1, message = "must be positive")
    private final Duration timeout;
    @Min(value = 1, message = "must be at least {value}")
    private final int maxInFlight;
    private final boolean allowPlainHttp;

    private MinaMeddelandenConfig(Builder builder) {
        this.recipientUrl = Optional.ofNullable(builder.recipientUrl);
        this.keystore = builder.keystore == null ? null : builder.keystore.withAlias(builder.keyAlias);
        this.sealKeystore = Optional.ofNullable(builder.sealKeystore);
        this.sealKeyAlias = Optional.ofNullable(builder.sealKeyAlias);
        this.truststore = Optional.ofNullable(builder.truststore);
        this.timeout = builder.timeout;
        this.maxInFlight = builder.maxInFlight;
        this.allowPlainHttp = builder.allowPlainHttp;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the {@code mina-meddelanden.*} keys.
     *
     * @throws ProviderException naming the key, when a value cannot be read or the configuration breaks a rule
     */
    public static MinaMeddelandenConfig from(ProviderConfig config) {
        Builder builder = builder();
        config.get(RECIPIENT_URL).ifPresent(value -> builder.recipientUrl(uri(RECIPIENT_URL, value)));
        keyStoreFile(config, KEYSTORE, KEYSTORE_PASSWORD).ifPresent(builder::keystore);
        config.get(KEY_ALIAS).ifPresent(builder::keyAlias);
        keyStoreFile(config, SEAL_KEYSTORE, SEAL_KEYSTORE_PASSWORD).ifPresent(builder::sealKeystore);
        config.get(SEAL_KEY_ALIAS).ifPresent(builder::sealKeyAlias);
        keyStoreFile(config, TRUSTSTORE, TRUSTSTORE_PASSWORD).ifPresent(builder::truststore);
        config.get(TIMEOUT).ifPresent(value -> builder.timeout(duration(TIMEOUT, value)));
        config.get(MAX_IN_FLIGHT).ifPresent(value -> builder.maxInFlight(integer(MAX_IN_FLIGHT, value)));
        config.get(ALLOW_PLAIN_HTTP).ifPresent(value -> builder.allowPlainHttp(bool(ALLOW_PLAIN_HTTP, value)));
        try {
            return builder.build();
        } catch (InvalidConfigurationException e) {
            throw new ProviderException(e.getMessage(), e);
        }
    }

    /** The Recipient service endpoint, which the directory needs. */
    public Optional<URI> recipientUrl() {
        return recipientUrl;
    }

    /** The client certificate for mutual TLS and the sender's signing key. */
    public KeyStoreFile keystore() {
        return keystore;
    }

    /** The intermediary's key for the seal: the seal key store if given, else the key store (under the seal alias if given). */
    public KeyStoreFile sealKeystore() {
        if (sealKeystore.isPresent()) {
            return sealKeystore.get().withAlias(sealKeyAlias.orElse(null));
        }
        return sealKeyAlias.map(keystore::withAlias).orElse(keystore);
    }

    /** The servers' trusted certificates; empty means the JDK's default trust store. */
    public Optional<KeyStoreFile> truststore() {
        return truststore;
    }

    public Duration timeout() {
        return timeout;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public boolean allowPlainHttp() {
        return allowPlainHttp;
    }

    /**
     * Whether calls may go to this endpoint: https always, http only when plain HTTP is allowed.
     *
     * @return empty when allowed, else a sentence saying why not
     */
    Optional<String> refusalOf(URI endpoint) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || (scheme.equals("http") && allowPlainHttp)) {
            return endpoint.getHost() == null ? Optional.of("it has no host") : Optional.empty();
        }
        if (scheme.equals("http")) {
            return Optional.of("it is plain http; use https, or set " + ALLOW_PLAIN_HTTP + "=true in tests");
        }
        return Optional.of("it is not an http(s) URL");
    }

    @Override
    public String toString() {
        return "MinaMeddelandenConfig[recipientUrl=" + recipientUrl.map(URI::toString).orElse("none")
                + ", keystore=" + keystore + ", sealKeystore=" + (keystore == null ? "none" : sealKeystore())
                + ", truststore=" + truststore.map(KeyStoreFile::toString).orElse("JDK default")
                + ", timeout=" + timeout + ", maxInFlight=" + maxInFlight + ", allowPlainHttp=" + allowPlainHttp + "]";
    }

    private static Optional<KeyStoreFile> keyStoreFile(ProviderConfig config, String pathKey, String passwordKey) {
        Optional<String> path = config.get(pathKey);
        Optional<String> password = config.get(passwordKey);
        if (path.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        // A password without a path (or the reverse) is left for the check to report, in its words.
        return Optional.of(new KeyStoreFile(path.map(Path::of).orElse(null), password.orElse(null), Optional.empty()));
    }

    private static URI uri(String key, String value) {
        try {
            return new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new ProviderException("The configuration key '" + key + "' must be a URL; '" + value + "' is not (" + e.getReason() + ").");
        }
    }

    static Duration duration(String key, String value) {
        return ProviderConfig.parseDuration(value).orElseThrow(() -> new ProviderException("The configuration key '" + key
                + "' must be a duration such as 30s, 500ms or PT30S; '" + value + "' is not."));
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ProviderException("The configuration key '" + key + "' must be a whole number; '" + value + "' is not.");
        }
    }

    private static boolean bool(String key, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new ProviderException("The configuration key '" + key + "' must be true or false; '" + value + "' is not.");
    }

    /** Builds a {@link MinaMeddelandenConfig}; {@link #build()} checks it. Not thread-safe. */
    public static final class Builder {

        private URI recipientUrl;
        private KeyStoreFile keystore;
        private String keyAlias;
        private KeyStoreFile sealKeystore;
        private String sealKeyAlias;
        private KeyStoreFile truststore;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
        private boolean allowPlainHttp;

        private Builder() {
        }

        /** The Recipient service endpoint ({@value MinaMeddelandenConfig#RECIPIENT_URL}). */
        public Builder recipientUrl(URI value) {
            this.recipientUrl = value;
            return this;
        }

        /** The PKCS#12 file with the TLS client certificate and the sender's signing key ({@value MinaMeddelandenConfig#KEYSTORE}). */
        public Builder keystore(Path path, String password) {
            return keystore(KeyStoreFile.of(path, password));
        }

        public Builder keystore(KeyStoreFile value) {
            this.keystore = value;
            if (value != null && value.alias().isPresent()) {
                this.keyAlias = value.alias().get();
            }
            return this;
        }

        /** The key's alias in the key store; not needed when it holds one private key. */
        public Builder keyAlias(String value) {
            this.keyAlias = value;
            return this;
        }

        /** A separate PKCS#12 file for the seal's key ({@value MinaMeddelandenConfig#SEAL_KEYSTORE}). */
        public Builder sealKeystore(Path path, String password) {
            return sealKeystore(KeyStoreFile.of(path, password));
        }

        public Builder sealKeystore(KeyStoreFile value) {
            this.sealKeystore = value;
            if (value != null && value.alias().isPresent()) {
                this.sealKeyAlias = value.alias().get();
            }
            return this;
        }

        /** The seal key's alias, in the seal key store if given, else in the key store. */
        public Builder sealKeyAlias(String value) {
            this.sealKeyAlias = value;
            return this;
        }

        /** The PKCS#12 trust store for the servers' certificates ({@value MinaMeddelandenConfig#TRUSTSTORE}). */
        public Builder truststore(Path path, String password) {
            return truststore(KeyStoreFile.of(path, password));
        }

        public Builder truststore(KeyStoreFile value) {
            this.truststore = value;
            return this;
        }

        /** How long one call may take; default 30 s. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** Calls in flight at most; default 8. */
        public Builder maxInFlight(int value) {
            this.maxInFlight = value;
            return this;
        }

        /** Lets {@code http://} endpoints through; for tests only. */
        public Builder allowPlainHttp(boolean value) {
            this.allowPlainHttp = value;
            return this;
        }

        /** @throws InvalidConfigurationException listing every problem, one sentence each */
        public MinaMeddelandenConfig build() {
            MinaMeddelandenConfig config = new MinaMeddelandenConfig(this);
            List<String> problems = new ArrayList<>(ConfigurationCheck.problems(config));
            config.recipientUrl.flatMap(config::refusalOf)
                    .ifPresent(reason -> problems.add("recipientUrl cannot be used: " + reason + "."));
            if (!problems.isEmpty()) {
                throw new InvalidConfigurationException(WHAT, problems);
            }
            return config;
        }
    }
}
