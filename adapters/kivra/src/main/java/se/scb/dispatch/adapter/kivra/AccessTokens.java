package se.scb.dispatch.adapter.kivra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.spi.ProviderException;

/**
 * Kivra access tokens by OAuth2 client credentials: fetched when first needed, kept, and renewed a
 * margin before they expire or when Kivra refuses one. Thread-safe; however many callers need a new
 * token at once, one request fetches it and they all wait for that one.
 */
final class AccessTokens {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);

    private final HttpClient http;
    private final KivraConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final Object lock = new Object();
    // Guarded by lock.
    private Token current;
    private CompletableFuture<Token> fetching;

    AccessTokens(HttpClient http, KivraConfig config, ObjectMapper json, Clock clock) {
        this.http = http;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** A token that is not about to expire: the kept one, or a new one. */
    CompletableFuture<String> token() {
        synchronized (lock) {
            if (current != null && current.isFreshAt(clock.instant())) {
                return CompletableFuture.completedFuture(current.value());
            }
            return fetch();
        }
    }

    /**
     * A token other than the one Kivra just refused: a new one, unless another caller has already
     * renewed it since.
     */
    CompletableFuture<String> renewInsteadOf(String refused) {
        synchronized (lock) {
            if (current != null && !current.value().equals(refused) && current.isFreshAt(clock.instant())) {
                return CompletableFuture.completedFuture(current.value());
            }
            current = null;
            return fetch();
        }
    }

    /** Joins the fetch under way or starts one. Called holding the lock. */
    private CompletableFuture<String> fetch() {
        CompletableFuture<Token> joined = fetching;
        if (joined == null) {
            CompletableFuture<Token> started = request();
            fetching = started;
            joined = started;
            // May run at once, in this thread, if the request failed before it was sent; the lock is reentrant.
            started.whenComplete((token, error) -> {
                synchronized (lock) {
                    if (fetching == started) {
                        fetching = null;
                    }
                    if (token != null) {
                        current = token;
                    }
                }
            });
        }
        return joined.thenApply(Token::value);
    }

    private CompletableFuture<Token> request() {
        Instant askedAt = clock.instant();
        try {
            HttpRequest request = HttpRequest.newBuilder(config.tokenUrl())
                    .version(KivraApi.versionFor(config.tokenUrl()))
                    .timeout(config.timeout())
                    .header("Authorization", "Basic " + basicCredentials())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form()))
                    .build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(response -> token(response, askedAt));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** {@code client_id:client_secret} in base64, joined as they are, as Kivra's documentation shows. */
    private String basicCredentials() {
        String pair = config.clientId() + ":" + config.clientSecret();
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private String form() {
        String form = "grant_type=client_credentials";
        return config.scope().map(scope -> form + "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)).orElse(form);
    }

    private Token token(HttpResponse<byte[]> response, Instant askedAt) {
        int status = response.statusCode();
        if (status != 200) {
            KivraError error = KivraError.of(response);
            String advice = status == 400 || status == 401 || status == 403
                    ? " Check " + KivraConfig.Keys.CLIENT_ID + ", " + KivraConfig.Keys.CLIENT_SECRET + " and " + KivraConfig.Keys.SCOPE + "."
                    : " Kivra could not give a token now; try again later.";
            throw new ProviderException("Kivra's token endpoint " + config.tokenUrl() + " answered " + error.describe(status) + "." + advice);
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw malformed("is not JSON");
        }
        if (body == null || !body.path("access_token").isTextual() || body.path("access_token").asText().isBlank()) {
            throw malformed("has no access_token");
        }
        JsonNode expiresIn = body.path("expires_in");
        Optional<Duration> lifetime;
        if (expiresIn.isMissingNode() || expiresIn.isNull()) {
            // Then the token is kept until Kivra refuses it, and renewed then.
            lifetime = Optional.empty();
        } else {
            long seconds = expiresIn.isIntegralNumber() || expiresIn.isTextual() && expiresIn.asText().matches("\\d{1,18}") ? expiresIn.asLong() : 0;
            if (seconds <= 0) {
                throw malformed("has an expires_in that is not a positive whole number of seconds");
            }
            lifetime = Optional.of(Duration.ofSeconds(seconds));
        }
        LOG.debug("Fetched a Kivra access token, valid for {}", lifetime.map(Duration::toString).orElse("an unstated time"));
        return new Token(body.path("access_token").asText(), lifetime.map(life -> renewalTime(askedAt, life)));
    }

    /** Renewed a margin before expiry; a short-lived token at half its life, so that it is ever used at all. */
    private Instant renewalTime(Instant askedAt, Duration lifetime) {
        Duration margin = config.tokenRenewalMargin();
        Duration half = lifetime.dividedBy(2);
        return askedAt.plus(lifetime).minus(margin.compareTo(half) > 0 ? half : margin);
    }

    private ProviderException malformed(String what) {
        return new ProviderException("Kivra's token endpoint " + config.tokenUrl() + " answered 200, but the answer " + what
                + "; it should be JSON with access_token and expires_in.");
    }

    /** A token and when to renew it (never, when Kivra did not say when it expires). */
    private record Token(String value, Optional<Instant> renewAt) {

        boolean isFreshAt(Instant now) {
            return renewAt.map(now::isBefore).orElse(true);
        }

        @Override
        public String toString() {
            return "Token[renewAt=" + renewAt.map(Instant::toString).orElse("never") + "]";
        }
    }
}
