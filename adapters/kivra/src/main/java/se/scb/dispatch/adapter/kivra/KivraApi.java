package se.scb.dispatch.adapter.kivra;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.spi.AdapterThreads;

/**
 * Kivra's tenant API as one adapter instance uses it: one {@link HttpClient}, a cached access token,
 * at most {@link KivraConfig#maxInFlight()} requests open at once, each given up after
 * {@link KivraConfig#timeout()}. A request Kivra answers with 401 gets a new token and is sent once
 * more; what Kivra answers then is the answer. The client runs on threads of its own
 * ({@link AdapterThreads}), ended by {@link #close()}.
 */
final class KivraApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KivraApi.class);

    private final KivraConfig config;
    private final ExecutorService threads;
    private final HttpClient http;
    private final AccessTokens tokens;
    private final Semaphore permits;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    KivraApi(KivraConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.threads = AdapterThreads.forHttpClient("kivra-http", config.maxInFlight());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .executor(threads)
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        config.sslContext().ifPresent(builder::sslContext);
        this.http = builder.build();
        this.tokens = new AccessTokens(http, config, json, clock);
        this.permits = new Semaphore(config.maxInFlight());
    }

    KivraConfig config() {
        return config;
    }

    ObjectMapper json() {
        return json;
    }

    Clock clock() {
        return clock;
    }

    /** The address of a path under the tenant, e.g. {@code /content} gives {@code .../v2/tenant/KEY/content}. */
    URI tenantUri(String path) {
        return KivraConfig.withPath(config.baseUrl(), "/v2/tenant/" + config.tenantKey() + path);
    }

    /**
     * Posts JSON with a bearer token. Completes with Kivra's answer, whatever its status, or
     * exceptionally with a {@link TimeoutException}, a transport fault or the token endpoint's
     * {@link se.scb.dispatch.spi.ProviderException}. Waits, at most the time-out, for a free slot
     * when {@link KivraConfig#maxInFlight()} requests are open.
     */
    CompletableFuture<HttpResponse<byte[]>> postJson(URI uri, byte[] body) {
        try {
            if (!permits.tryAcquire(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return CompletableFuture.failedFuture(new TimeoutException("All " + config.maxInFlight() + " slots for requests to Kivra ("
                        + KivraConfig.Keys.MAX_IN_FLIGHT + ") stayed busy for " + config.timeout().toMillis() + " ms."));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<HttpResponse<byte[]>> answer;
        try {
            answer = tokens.token()
                    .thenCompose(token -> send(uri, body, token)
                            .thenCompose(response -> response.statusCode() == 401 ? again(uri, body, token) : CompletableFuture.completedFuture(response)));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((response, error) -> permits.release());
    }

    private CompletableFuture<HttpResponse<byte[]>> again(URI uri, byte[] body, String refused) {
        LOG.warn("Kivra refused the access token at {}; renewing it and sending the request once more", uri.getPath());
        return tokens.renewInsteadOf(refused).thenCompose(token -> send(uri, body, token));
    }

    private CompletableFuture<HttpResponse<byte[]>> send(URI uri, byte[] body, String token) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .version(versionFor(uri))
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Lets the client's threads finish what they hold, then end; later requests fail. */
    @Override
    public void close() {
        threads.shutdown();
    }

    /**
     * HTTP/2 over TLS, where it is negotiated; HTTP/1.1 in the clear, because the JDK's clear-text
     * upgrade to HTTP/2 is not worth its trouble against the local stubs plain HTTP is meant for.
     */
    static HttpClient.Version versionFor(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
    }
}
