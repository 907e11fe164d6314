package se.scb.dispatch.adapter.kivra;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.hibernate.validator.constraints.time.DurationMin;
import se.scb.dispatch.config.ConfigurationCheck;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/**
 * How to reach Kivra's sender API: where, as which client, for which tenant, and how patiently.
 * Built in code with {@link #builder()} or from configuration keys with {@link #from(ProviderConfig)};
 * the keys are listed in {@link Keys}. Immutable and thread-safe. {@code toString} never shows the
 * client secret.
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

    private static final String SET = "must be set";

    @NotNull(message = SET)
    private final URI baseUrl;
    // Set whenever the base address is: it defaults from it.
    private final URI tokenUrl;
    @NotBlank(message = SET)
    private final String clientId;
    @NotBlank(message = SET)
    private final String clientSecret;
    @NotBlank(message = SET)
    @Pattern(regexp = "[A-Za-z0-9]*", message = "must be the tenant key Kivra gave you: letters and digits only")
    private final String tenantKey;
    private final String scope;
    @NotNull(message = SET)
    @DurationMin(millis = 1, message = "must be longer than zero")
    private final Duration timeout;
    @Min(1)
    @Max(1_000)
    private final int maxInFlight;
    @NotBlank(message = SET)
    private final String contentType;
    private final Integer retentionDays;
    @Min(1)
    @Max(value = 500_000, message = "must be at most {value}, the most Kivra's 10 MB request takes")
    private final int matchBatchSize;
    @NotNull(message = SET)
    @DurationMin(millis = 0, message = "must not be negative")
    private final Duration tokenRenewalMargin;
    private final SSLContext sslContext;

    private KivraConfig(Builder builder) {
        baseUrl = builder.baseUrl;
        tokenUrl = builder.tokenUrl != null || builder.baseUrl == null ? builder.tokenUrl : withPath(builder.baseUrl, TOKEN_PATH);
        clientId = builder.clientId;
        clientSecret = builder.clientSecret;
        tenantKey = builder.tenantKey;
        scope = builder.scope;
        timeout = builder.timeout;
        maxInFlight = builder.maxInFlight;
        contentType = builder.contentType;
        retentionDays = builder.retentionDays;
        matchBatchSize = builder.matchBatchSize;
        tokenRenewalMargin = builder.tokenRenewalMargin;
        sslContext = builder.sslContext;
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
        return new KeyReader(config).read();
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

    // Read by Hibernate Validator as the property "baseUrl".
    @AssertTrue(message = "must be an absolute http or https address, such as https://sender.api.kivra.com")
    private boolean isBaseUrl() {
        return baseUrl == null || isHttp(baseUrl);
    }

    @AssertTrue(message = "must be an absolute http or https address, such as https://sender.api.kivra.com/v1/auth")
    private boolean isTokenUrl() {
        return tokenUrl == null || isHttp(tokenUrl);
    }

    @AssertTrue(message = "must be 30 or 390, the retention times Kivra offers")
    private boolean isRetentionDays() {
        return retentionDays == null || retentionDays == 30 || retentionDays == 390;
    }

    @AssertTrue(message = "must be one that Kivra retains (letter.salary, salaryslip, letter.creditnotice, letter.signed or invite.sign)"
            + " when a retention time is set")
    private boolean isContentType() {
        return retentionDays == null || contentType == null || RETAINABLE_CONTENT_TYPES.contains(contentType);
    }

    private static boolean isHttp(URI uri) {
        return uri.isAbsolute() && uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
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

    /** Builds a {@link KivraConfig}; unset values take the defaults documented on each method. */
    public static final class Builder {
        private URI baseUrl;
        private URI tokenUrl;
        private String clientId;
        private String clientSecret;
        private String tenantKey;
        private String scope;
        private Duration timeout = Duration.ofSeconds(30);
        private int maxInFlight = 16;
        private String contentType = "letter";
        private Integer retentionDays;
        private int matchBatchSize = 1_000;
        private Duration tokenRenewalMargin = Duration.ofSeconds(60);
        private SSLContext sslContext;

        private Builder() {
        }

        /** Required, e.g. {@link KivraConfig#PRODUCTION} or {@link KivraConfig#SANDBOX}. */
        public Builder baseUrl(URI value) {
            this.baseUrl = value;
            return this;
        }

        /** Default: {@code /v1/auth} under the base address. */
        public Builder tokenUrl(URI value) {
            this.tokenUrl = value;
            return this;
        }

        /** Required. */
        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        /** Required. */
        public Builder clientSecret(String value) {
            this.clientSecret = value;
            return this;
        }

        /** Required. */
        public Builder tenantKey(String value) {
            this.tenantKey = value;
            return this;
        }

        /** Default: none, the client's full scope. */
        public Builder scope(String value) {
            this.scope = value == null || value.isBlank() ? null : value;
            return this;
        }

        /** Default: 30 seconds. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /** Default: 16, the core's default for letters in flight per operator. */
        public Builder maxInFlight(int value) {
            this.maxInFlight = value;
            return this;
        }

        /** Default: {@code letter}, Kivra's type for an information letter. */
        public Builder contentType(String value) {
            this.contentType = value;
            return this;
        }

        /** Default: none. 30 or 390, and only with a content type Kivra retains. */
        public Builder retentionDays(Integer value) {
            this.retentionDays = value;
            return this;
        }

        /** Default: 1 000. */
        public Builder matchBatchSize(int value) {
            this.matchBatchSize = value;
            return this;
        }

        /** Default: 60 seconds. A token that lives shorter than twice the margin is renewed at half its life. */
        public Builder tokenRenewalMargin(Duration value) {
            this.tokenRenewalMargin = value;
            return this;
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

        /** @throws InvalidConfigurationException listing every problem as a sentence */
        public KivraConfig build() {
            return ConfigurationCheck.check("Kivra configuration", new KivraConfig(this));
        }
    }

    /** Reads the {@link Keys}, collecting every problem so that one run shows all there is to fix. */
    private static final class KeyReader {

        /** The key behind each property that validation names. */
        private static final Map<String, String> KEY_OF_PROPERTY = Map.ofEntries(
                Map.entry("baseUrl", Keys.BASE_URL), Map.entry("tokenUrl", Keys.TOKEN_URL),
                Map.entry("clientId", Keys.CLIENT_ID), Map.entry("clientSecret", Keys.CLIENT_SECRET),
                Map.entry("tenantKey", Keys.TENANT_KEY), Map.entry("timeout", Keys.TIMEOUT),
                Map.entry("maxInFlight", Keys.MAX_IN_FLIGHT), Map.entry("contentType", Keys.CONTENT_TYPE),
                Map.entry("retentionDays", Keys.RETENTION_DAYS), Map.entry("matchBatchSize", Keys.MATCH_BATCH_SIZE),
                Map.entry("tokenRenewalMargin", Keys.TOKEN_RENEWAL_MARGIN));

        private final ProviderConfig config;
        private final List<String> problems = new ArrayList<>();

        KeyReader(ProviderConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        KivraConfig read() {
            Builder builder = builder();
            uri(Keys.BASE_URL).ifPresent(builder::baseUrl);
            uri(Keys.TOKEN_URL).ifPresent(builder::tokenUrl);
            config.get(Keys.CLIENT_ID).ifPresent(builder::clientId);
            config.get(Keys.CLIENT_SECRET).ifPresent(builder::clientSecret);
            config.get(Keys.TENANT_KEY).ifPresent(builder::tenantKey);
            config.get(Keys.SCOPE).ifPresent(builder::scope);
            duration(Keys.TIMEOUT).ifPresent(builder::timeout);
            integer(Keys.MAX_IN_FLIGHT).ifPresent(builder::maxInFlight);
            config.get(Keys.CONTENT_TYPE).ifPresent(builder::contentType);
            integer(Keys.RETENTION_DAYS).ifPresent(builder::retentionDays);
            integer(Keys.MATCH_BATCH_SIZE).ifPresent(builder::matchBatchSize);
            duration(Keys.TOKEN_RENEWAL_MARGIN).ifPresent(builder::tokenRenewalMargin);
            trustStore().ifPresent(builder::sslContext);
            try {
                KivraConfig built = builder.build();
                if (problems.isEmpty()) {
                    return built;
                }
            } catch (InvalidConfigurationException e) {
                e.problems().forEach(problem -> problems.add(withKey(problem)));
            }
            throw new ProviderException("Invalid Kivra configuration: " + String.join(" ", problems.stream().sorted().toList()));
        }

        private static String withKey(String problem) {
            int space = problem.indexOf(' ');
            String property = space < 0 ? problem : problem.substring(0, space);
            String key = KEY_OF_PROPERTY.get(property);
            return key == null ? problem : key + problem.substring(property.length());
        }

        private Optional<URI> uri(String key) {
            return config.get(key).flatMap(text -> {
                try {
                    return Optional.of(new URI(text));
                } catch (URISyntaxException e) {
                    problems.add(key + " must be an address such as https://sender.api.kivra.com; '" + text + "' is not one (" + e.getReason() + ").");
                    return Optional.empty();
                }
            });
        }

        private Optional<Integer> integer(String key) {
            return config.get(key).flatMap(text -> {
                try {
                    return Optional.of(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    problems.add(key + " must be a whole number; it is '" + text + "'.");
                    return Optional.empty();
                }
            });
        }

        private Optional<Duration> duration(String key) {
            return config.get(key).flatMap(text -> {
                Optional<Duration> parsed = ProviderConfig.parseDuration(text);
                if (parsed.isEmpty()) {
                    problems.add(key + " must be a duration such as 30s, 500ms, 2m or PT30S; it is '" + text + "'.");
                }
                return parsed;
            });
        }

        private Optional<SSLContext> trustStore() {
            Optional<String> file = config.get(Keys.TRUST_STORE);
            if (file.isEmpty()) {
                if (config.get(Keys.TRUST_STORE_PASSWORD).isPresent() || config.get(Keys.TRUST_STORE_TYPE).isPresent()) {
                    problems.add(Keys.TRUST_STORE + " must be set when " + Keys.TRUST_STORE_PASSWORD + " or " + Keys.TRUST_STORE_TYPE + " is.");
                }
                return Optional.empty();
            }
            char[] password = config.get(Keys.TRUST_STORE_PASSWORD).map(String::toCharArray).orElse(new char[0]);
            try {
                return Optional.of(TrustStores.sslContext(Path.of(file.get()), password, config.get(Keys.TRUST_STORE_TYPE).orElse("PKCS12")));
            } catch (IllegalArgumentException e) {
                // Also an InvalidPathException, for a file name the file system cannot have.
                problems.add(Keys.TRUST_STORE + " cannot be used: " + e.getMessage());
                return Optional.empty();
            }
        }
    }
}
