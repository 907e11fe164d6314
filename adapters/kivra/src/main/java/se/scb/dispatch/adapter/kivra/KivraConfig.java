package se.scb.dispatch.adapter.kivra;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/**
 * How to reach Kivra's sender API: where, as which client, for which tenant, and how patiently.
 * Built in code with {@link #builder()} or from configuration keys with {@link #from(ProviderConfig)};
 * the keys are listed in {@link Keys}. Both ways are read by the same {@link ProviderConfig.Reader}, so
 * a value set in code obeys the same rules, and is named by the same key, as one in a properties file.
 * Immutable and thread-safe. {@code toString} never shows the client secret.
 */
public final class KivraConfig {

    /** Kivra's production address. */
    public static final URI PRODUCTION = URI.create("https://sender.api.kivra.com");

    /** Kivra's sandbox address, for tests against Kivra itself. */
    public static final URI SANDBOX = URI.create("https://sender.sandbox-api.kivra.com");

    /** The path of the token endpoint under the base address, when no token address is given. */
    static final String TOKEN_PATH = "/v1/auth";

    /** The content types Kivra lets a sender retain for a recipient who is not (yet) reachable. */
    static final Set<String> RETAINABLE_CONTENT_TYPES = Set.of("letter.salary", "salaryslip", "letter.creditnotice", "letter.signed", "invite.sign");

    private static final String WHAT = "Kivra configuration";
    private static final Pattern TENANT_KEY = Pattern.compile("[A-Za-z0-9]+");
    private static final int MOST_IN_FLIGHT = 1_000;
    private static final int MOST_IN_ONE_MATCH = 500_000;

    private final URI baseUrl;
    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String tenantKey;
    private final String scope;
    private final Duration timeout;
    private final int maxInFlight;
    private final String contentType;
    private final Integer retentionDays;
    private final int matchBatchSize;
    private final Duration tokenRenewalMargin;
    private final SSLContext sslContext;

    /** Reads every key, checks Kivra's rules, and throws naming every problem. */
    private KivraConfig(ProviderConfig.Reader keys, Optional<SSLContext> givenInCode) {
        baseUrl = keys.requiredHttpUri(Keys.BASE_URL);
        tokenUrl = keys.httpUri(Keys.TOKEN_URL).orElse(baseUrl == null ? null : withPath(baseUrl, TOKEN_PATH));
        clientId = keys.requiredText(Keys.CLIENT_ID);
        clientSecret = keys.requiredText(Keys.CLIENT_SECRET);
        tenantKey = keys.requiredText(Keys.TENANT_KEY);
        keys.check(tenantKey == null || TENANT_KEY.matcher(tenantKey).matches(), Keys.TENANT_KEY,
                "must be the tenant key Kivra gave you: letters and digits only");
        scope = keys.optionalText(Keys.SCOPE).orElse(null);
        timeout = keys.positiveDuration(Keys.TIMEOUT, Duration.ofSeconds(30));
        maxInFlight = keys.positiveInt(Keys.MAX_IN_FLIGHT, 16);
        keys.check(maxInFlight <= MOST_IN_FLIGHT, Keys.MAX_IN_FLIGHT, "must be at most " + MOST_IN_FLIGHT);
        contentType = keys.optionalText(Keys.CONTENT_TYPE).orElse("letter");
        retentionDays = keys.optionalInt(Keys.RETENTION_DAYS).orElse(null);
        keys.check(retentionDays == null || retentionDays == 30 || retentionDays == 390, Keys.RETENTION_DAYS,
                "must be 30 or 390, the retention times Kivra offers");
        keys.check(retentionDays == null || RETAINABLE_CONTENT_TYPES.contains(contentType), Keys.CONTENT_TYPE,
                "must be one that Kivra retains (letter.salary, salaryslip, letter.creditnotice, letter.signed or invite.sign)"
                        + " when a retention time is set");
        matchBatchSize = keys.positiveInt(Keys.MATCH_BATCH_SIZE, 1_000);
        keys.check(matchBatchSize <= MOST_IN_ONE_MATCH, Keys.MATCH_BATCH_SIZE,
                "must be at most " + MOST_IN_ONE_MATCH + ", the most Kivra's 10 MB request takes");
        tokenRenewalMargin = keys.duration(Keys.TOKEN_RENEWAL_MARGIN, Duration.ofSeconds(60));
        sslContext = givenInCode.orElseGet(() -> trustStore(keys).orElse(null));
        keys.done();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configuration the {@link Keys} give.
     *
     * @throws ProviderException listing, as sentences naming the keys, every key that is missing or wrong
     */
    public static KivraConfig from(ProviderConfig config) {
        return new KivraConfig(config.reader(WHAT), Optional.empty());
    }

    /** Where the API is, e.g. {@link #PRODUCTION}; paths such as {@code /v2/tenant/...} go after it. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Where access tokens come from; {@code /v1/auth} under the base address unless set. */
    public URI tokenUrl() {
        return tokenUrl;
    }

    public String clientId() {
        return clientId;
    }

    /** The client secret. Handle with care: it is never logged nor shown by {@link #toString()}. */
    public String clientSecret() {
        return clientSecret;
    }

    /** The tenant (the sender at Kivra) that matches recipients and sends content. */
    public String tenantKey() {
        return tenantKey;
    }

    /** A limited scope to ask the token for, e.g. {@code post:kivra.v1.tenant.KEY.content}; none asks for the client's full scope. */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /** The longest one call may take, the access token included; past it a delivery is a transient failure. */
    public Duration timeout() {
        return timeout;
    }

    /** The most requests this adapter has open at Kivra at once. */
    public int maxInFlight() {
        return maxInFlight;
    }

    /** Kivra's content {@code type} for every letter, {@code letter} unless set. */
    public String contentType() {
        return contentType;
    }

    /** How many days Kivra keeps a letter for a recipient not (yet) reachable: 30 or 390; empty sends no retention. */
    public Optional<Integer> retentionDays() {
        return Optional.ofNullable(retentionDays);
    }

    /** The most identity numbers one match request carries. */
    public int matchBatchSize() {
        return matchBatchSize;
    }

    /** How long before its expiry an access token is renewed. */
    public Duration tokenRenewalMargin() {
        return tokenRenewalMargin;
    }

    /** The TLS context for HTTPS, when not the JDK's default (e.g. a trust store for a test server). */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    @Override
    public String toString() {
        return "KivraConfig[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "unset" : "(hidden)") + ", tenantKey=" + tenantKey
                + ", scope=" + (scope == null ? "full" : scope) + ", timeout=" + timeout + ", maxInFlight=" + maxInFlight
                + ", contentType=" + contentType + ", retentionDays=" + (retentionDays == null ? "none" : retentionDays)
                + ", matchBatchSize=" + matchBatchSize + ", tokenRenewalMargin=" + tokenRenewalMargin
                + ", tls=" + (sslContext == null ? "JDK default" : "custom SSL context") + "]";
    }

    /** The trust store the keys name, if any; a problem when it cannot be used. */
    private static Optional<SSLContext> trustStore(ProviderConfig.Reader keys) {
        Optional<Path> file = keys.existingFile(Keys.TRUST_STORE);
        Optional<String> password = keys.optionalText(Keys.TRUST_STORE_PASSWORD);
        Optional<String> type = keys.optionalText(Keys.TRUST_STORE_TYPE);
        keys.check(keys.optionalText(Keys.TRUST_STORE).isPresent() || (password.isEmpty() && type.isEmpty()), Keys.TRUST_STORE,
                "must be set when " + Keys.TRUST_STORE_PASSWORD + " or " + Keys.TRUST_STORE_TYPE + " is");
        try {
            return file.map(store -> TrustStores.sslContext(store, password.orElse("").toCharArray(), type.orElse("PKCS12")));
        } catch (IllegalArgumentException e) {
            keys.problem(Keys.TRUST_STORE, "cannot be used: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The base address with the path appended, whether or not the base ends with {@code /}. */
    static URI withPath(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    /** The configuration keys, as in a properties file. */
    public static final class Keys {
        public static final String BASE_URL = "kivra.base-url";
        public static final String TOKEN_URL = "kivra.token-url";
        public static final String CLIENT_ID = "kivra.client-id";
        public static final String CLIENT_SECRET = "kivra.client-secret";
        public static final String TENANT_KEY = "kivra.tenant-key";
        public static final String SCOPE = "kivra.scope";
        public static final String TIMEOUT = "kivra.timeout";
        public static final String MAX_IN_FLIGHT = "kivra.max-in-flight";
        public static final String CONTENT_TYPE = "kivra.content-type";
        public static final String RETENTION_DAYS = "kivra.retention-days";
        public static final String MATCH_BATCH_SIZE = "kivra.match-batch-size";
        public static final String TOKEN_RENEWAL_MARGIN = "kivra.token-renewal-margin";
        public static final String TRUST_STORE = "kivra.trust-store";
        public static final String TRUST_STORE_PASSWORD = "kivra.trust-store-password";
        public static final String TRUST_STORE_TYPE = "kivra.trust-store-type";

        private Keys() {
        }
    }

    /**
     * Builds a {@link KivraConfig}; unset values take the defaults documented on each method. Each method
     * sets the key named in its documentation, so a problem is reported under that key.
     */
    public static final class Builder {
        private final Map<String, String> keys = new HashMap<>();
        private SSLContext sslContext;

        private Builder() {
        }

        /** {@value Keys#BASE_URL}. Required, e.g. {@link KivraConfig#PRODUCTION} or {@link KivraConfig#SANDBOX}. */
        public Builder baseUrl(URI value) {
            return set(Keys.BASE_URL, value);
        }

        /** {@value Keys#TOKEN_URL}. Default: {@code /v1/auth} under the base address. */
        public Builder tokenUrl(URI value) {
            return set(Keys.TOKEN_URL, value);
        }

        /** {@value Keys#CLIENT_ID}. Required. */
        public Builder clientId(String value) {
            return set(Keys.CLIENT_ID, value);
        }

        /** {@value Keys#CLIENT_SECRET}. Required. */
        public Builder clientSecret(String value) {
            return set(Keys.CLIENT_SECRET, value);
        }

        /** {@value Keys#TENANT_KEY}. Required. */
        public Builder tenantKey(String value) {
            return set(Keys.TENANT_KEY, value);
        }

        /** {@value Keys#SCOPE}. Default: none, the client's full scope. */
        public Builder scope(String value) {
            return set(Keys.SCOPE, value);
        }

        /** {@value Keys#TIMEOUT}. Default: 30 seconds. */
        public Builder timeout(Duration value) {
            return set(Keys.TIMEOUT, value);
        }

        /** {@value Keys#MAX_IN_FLIGHT}. Default: 16, the core's default for letters in flight per operator. */
        public Builder maxInFlight(int value) {
            return set(Keys.MAX_IN_FLIGHT, value);
        }

        /** {@value Keys#CONTENT_TYPE}. Default: {@code letter}, Kivra's type for an information letter. */
        public Builder contentType(String value) {
            return set(Keys.CONTENT_TYPE, value);
        }

        /** {@value Keys#RETENTION_DAYS}. Default: none. 30 or 390, and only with a content type Kivra retains. */
        public Builder retentionDays(Integer value) {
            return set(Keys.RETENTION_DAYS, value);
        }

        /** {@value Keys#MATCH_BATCH_SIZE}. Default: 1 000. */
        public Builder matchBatchSize(int value) {
            return set(Keys.MATCH_BATCH_SIZE, value);
        }

        /** {@value Keys#TOKEN_RENEWAL_MARGIN}. Default: 60 seconds. A token that lives shorter than twice the margin is renewed at half its life. */
        public Builder tokenRenewalMargin(Duration value) {
            return set(Keys.TOKEN_RENEWAL_MARGIN, value);
        }

        /** Default: the JDK's. */
        public Builder sslContext(SSLContext value) {
            this.sslContext = value;
            return this;
        }

        /**
         * Trusts the certificates in a trust store instead of the JDK's default ones.
         *
         * @param type e.g. {@code PKCS12} or {@code JKS}
         * @throws IllegalArgumentException when the store cannot be read
         */
        public Builder trustStore(Path file, char[] password, String type) {
            try {
                this.sslContext = TrustStores.sslContext(file, password, type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The trust store cannot be used: " + e.getMessage(), e);
            }
            return this;
        }

        /** @throws ProviderException listing every problem, each under the key its method sets */
        public KivraConfig build() {
            return new KivraConfig(ProviderConfig.of(keys).reader(WHAT), Optional.ofNullable(sslContext));
        }

        // Kept as text, the way a properties file gives it (a Duration as ISO-8601): one reading checks both.
        private Builder set(String key, Object value) {
            keys.put(key, value == null ? null : value.toString());
            return this;
        }
    }
}
