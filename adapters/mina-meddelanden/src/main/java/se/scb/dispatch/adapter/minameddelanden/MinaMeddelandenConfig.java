package se.scb.dispatch.adapter.minameddelanden;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/**
 * How the Mina meddelanden adapter connects and signs: built in code with {@link #builder()}, or
 * read from the {@code mina-meddelanden.*} keys of a {@link ProviderConfig} with {@link #from(ProviderConfig)}.
 * Both ways are read by the same {@link ProviderConfig.Reader}: a value set in code obeys the same rules,
 * and a problem with it is named by the key its builder method sets.
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
    private final KeyStoreFile keystore;
    private final Optional<KeyStoreFile> sealKeystore;
    private final Optional<String> sealKeyAlias;
    private final Optional<KeyStoreFile> truststore;
    private final Duration timeout;
    private final int maxInFlight;
    private final boolean allowPlainHttp;

    /** Reads every key, checks the rules, and throws naming every problem. */
    private MinaMeddelandenConfig(ProviderConfig.Reader keys) {
        allowPlainHttp = keys.bool(ALLOW_PLAIN_HTTP, false);
        recipientUrl = keys.httpUri(RECIPIENT_URL);
        recipientUrl.flatMap(this::refusalOf).ifPresent(reason -> keys.problem(RECIPIENT_URL, "cannot be used: " + reason));
        keystore = keyStoreFile(keys, KEYSTORE, KEYSTORE_PASSWORD)
                .map(file -> file.withAlias(keys.optionalText(KEY_ALIAS).orElse(null)))
                .orElse(null);
        // Only when neither is given: one without the other is reported as such.
        keys.check(keys.optionalText(KEYSTORE).isPresent() || keys.optionalText(KEYSTORE_PASSWORD).isPresent(), KEYSTORE, "must be set");
        sealKeystore = keyStoreFile(keys, SEAL_KEYSTORE, SEAL_KEYSTORE_PASSWORD);
        sealKeyAlias = keys.optionalText(SEAL_KEY_ALIAS);
        truststore = keyStoreFile(keys, TRUSTSTORE, TRUSTSTORE_PASSWORD);
        timeout = keys.positiveDuration(TIMEOUT, DEFAULT_TIMEOUT);
        maxInFlight = keys.positiveInt(MAX_IN_FLIGHT, DEFAULT_MAX_IN_FLIGHT);
        keys.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the {@code mina-meddelanden.*} keys.
     *
     * @throws ProviderException naming every key whose value is missing, cannot be read or breaks a rule
     */
    public static MinaMeddelandenConfig from(ProviderConfig config) {
        return new MinaMeddelandenConfig(config.reader(WHAT));
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

    /** A key store's file and password, which come together: one without the other is a problem. */
    private static Optional<KeyStoreFile> keyStoreFile(ProviderConfig.Reader keys, String pathKey, String passwordKey) {
        Optional<Path> path = keys.path(pathKey);
        Optional<String> password = keys.optionalText(passwordKey);
        keys.check(password.isEmpty() || keys.optionalText(pathKey).isPresent(), pathKey, "must be set when " + passwordKey + " is");
        keys.check(password.isPresent() || keys.optionalText(pathKey).isEmpty(), passwordKey, "must be set when " + pathKey + " is");
        return path.isPresent() && password.isPresent() ? Optional.of(KeyStoreFile.of(path.get(), password.get())) : Optional.empty();
    }

    /**
     * Builds a {@link MinaMeddelandenConfig}; {@link #build()} checks it. Each method sets the key named in
     * its documentation, so a problem is reported under that key. Not thread-safe.
     */
    public static final class Builder {

        private final Map<String, String> keys = new HashMap<>();

        private Builder() {
        }

        /** {@value MinaMeddelandenConfig#RECIPIENT_URL}: the Recipient service endpoint. */
        public Builder recipientUrl(URI value) {
            return set(RECIPIENT_URL, value);
        }

        /** {@value MinaMeddelandenConfig#KEYSTORE}: the PKCS#12 file with the TLS client certificate and the sender's signing key. */
        public Builder keystore(Path path, String password) {
            return keystore(KeyStoreFile.of(path, password));
        }

        /** As {@link #keystore(Path, String)}, with {@value MinaMeddelandenConfig#KEY_ALIAS} when the file has an alias. */
        public Builder keystore(KeyStoreFile value) {
            return file(value, KEYSTORE, KEYSTORE_PASSWORD, KEY_ALIAS);
        }

        /** {@value MinaMeddelandenConfig#KEY_ALIAS}: the key's alias in the key store; not needed when it holds one private key. */
        public Builder keyAlias(String value) {
            return set(KEY_ALIAS, value);
        }

        /** {@value MinaMeddelandenConfig#SEAL_KEYSTORE}: a separate PKCS#12 file for the seal's key. */
        public Builder sealKeystore(Path path, String password) {
            return sealKeystore(KeyStoreFile.of(path, password));
        }

        /** As {@link #sealKeystore(Path, String)}, with {@value MinaMeddelandenConfig#SEAL_KEY_ALIAS} when the file has an alias. */
        public Builder sealKeystore(KeyStoreFile value) {
            return file(value, SEAL_KEYSTORE, SEAL_KEYSTORE_PASSWORD, SEAL_KEY_ALIAS);
        }

        /** {@value MinaMeddelandenConfig#SEAL_KEY_ALIAS}: the seal key's alias, in the seal key store if given, else in the key store. */
        public Builder sealKeyAlias(String value) {
            return set(SEAL_KEY_ALIAS, value);
        }

        /** {@value MinaMeddelandenConfig#TRUSTSTORE}: the PKCS#12 trust store for the servers' certificates. */
        public Builder truststore(Path path, String password) {
            return truststore(KeyStoreFile.of(path, password));
        }

        public Builder truststore(KeyStoreFile value) {
            return file(value, TRUSTSTORE, TRUSTSTORE_PASSWORD, null);
        }

        /** {@value MinaMeddelandenConfig#TIMEOUT}: how long one call may take; default 30 s. */
        public Builder timeout(Duration value) {
            return set(TIMEOUT, value);
        }

        /** {@value MinaMeddelandenConfig#MAX_IN_FLIGHT}: calls in flight at most; default 8. */
        public Builder maxInFlight(int value) {
            return set(MAX_IN_FLIGHT, value);
        }

        /** {@value MinaMeddelandenConfig#ALLOW_PLAIN_HTTP}: lets {@code http://} endpoints through; for tests only. */
        public Builder allowPlainHttp(boolean value) {
            return set(ALLOW_PLAIN_HTTP, value);
        }

        /** @throws ProviderException listing every problem, each under the key its method sets */
        public MinaMeddelandenConfig build() {
            return new MinaMeddelandenConfig(ProviderConfig.of(keys).reader(WHAT));
        }

        private Builder file(KeyStoreFile value, String pathKey, String passwordKey, String aliasKey) {
            set(pathKey, value == null ? null : value.path());
            set(passwordKey, value == null ? null : value.password());
            if (aliasKey != null && value != null && value.alias().isPresent()) {
                set(aliasKey, value.alias().get());
            }
            return this;
        }

        // Kept as text, the way a properties file gives it (a Duration as ISO-8601): one reading checks both.
        private Builder set(String key, Object value) {
            keys.put(key, value == null ? null : value.toString());
            return this;
        }
    }
}
