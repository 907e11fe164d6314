package se.scb.dispatch.adapter.kivra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kivra's sender API as a WireMock server, written from Kivra's published contract: the token
 * endpoint hands out {@code token-1}, {@code token-2} … in turn; the match endpoints answer with
 * the arranged ones of those asked; the content endpoint takes every letter with 201 unless a test
 * arranges otherwise.
 */
final class KivraWireMock implements AutoCloseable {

    static final String TENANT = "17e2a5c0ffee";
    static final String CLIENT_ID = "dispatch-client";
    static final String CLIENT_SECRET = "not-a-real-secret-4711";
    static final String TOKEN_PATH = "/v1/auth";
    static final String CONTENT_PATH = "/v2/tenant/" + TENANT + "/content";
    static final String USER_MATCH_PATH = "/v2/tenant/" + TENANT + "/usermatch/ssn";
    static final String COMPANY_MATCH_PATH = "/v2/tenant/" + TENANT + "/companymatch/vatnr";

    private static final ObjectMapper JSON = new ObjectMapper();

    final WireMockServer server;
    /** The SSNs and VAT numbers the match endpoints answer as matching. */
    final Set<String> matching = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicLong tokenLifetimeSeconds = new AtomicLong(28_800);

    KivraWireMock() {
        this(WireMockConfiguration.options().dynamicPort());
    }

    KivraWireMock(WireMockConfiguration options) {
        server = new WireMockServer(options.extensions(new TokenIssuer(), new Matcher()));
        server.start();
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withTransformers(TokenIssuer.NAME)));
        server.stubFor(post(urlEqualTo(USER_MATCH_PATH)).willReturn(aResponse().withTransformers(Matcher.NAME)));
        server.stubFor(post(urlEqualTo(COMPANY_MATCH_PATH)).willReturn(aResponse().withTransformers(Matcher.NAME)));
        server.stubFor(post(urlEqualTo(CONTENT_PATH)).atPriority(10).willReturn(created()));
    }

    /** Kivra's answer to content it took. */
    static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("kivra-objkey", "15118724482475bf32615b4a2aaa604fd66377010e")
                .withBody("{\"subject\":\"Testbrev\",\"type\":\"letter\"}");
    }

    /** An error as Kivra writes one: the code in the body and in {@code x-error-code}. */
    static ResponseDefinitionBuilder error(int status, int code, String shortMessage, String longMessage) {
        ObjectNode body = JSON.createObjectNode().put("code", code).put("short_message", shortMessage).put("long_message", longMessage);
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-error-code", String.valueOf(code))
                .withBody(body.toString());
    }

    /** The configuration of an adapter pointed at this server; the time-out leaves room for a cold JVM on a busy machine. */
    KivraConfig.Builder config() {
        return KivraConfig.builder()
                .baseUrl(URI.create(server.baseUrl()))
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .tenantKey(TENANT)
                .timeout(Duration.ofSeconds(5));
    }

    /** Tokens issued from now on expire after this many seconds. */
    void tokenLifetime(long seconds) {
        tokenLifetimeSeconds.set(seconds);
    }

    int tokenRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
    }

    List<LoggedRequest> requestsTo(String path) {
        return server.findAll(postRequestedFor(urlEqualTo(path)));
    }

    /** The JSON body of a request. */
    static JsonNode json(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content endpoint refuses this token with 401, as Kivra does an expired or revoked one. */
    void refuseToken(String token) {
        server.stubFor(post(urlEqualTo(CONTENT_PATH)).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(error(401, 40100, "Unauthorized", "Supplied credentials was invalid")));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Issues {@code token-1}, {@code token-2} … with the lifetime the test set. */
    private final class TokenIssuer implements ResponseDefinitionTransformerV2 {
        static final String NAME = "kivra-token";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            ObjectNode body = JSON.createObjectNode()
                    .put("state", "")
                    .put("access_token", "token-" + tokensIssued.incrementAndGet())
                    .put("expires_in", tokenLifetimeSeconds.get())
                    .put("scope", "kivra.v1.tenant." + TENANT + ".*")
                    .put("token_type", "bearer");
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }

    /** Answers a match request with the arranged ones of those asked, in the order asked. */
    private final class Matcher implements ResponseDefinitionTransformerV2 {
        static final String NAME = "kivra-match";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            ArrayNode matched = JSON.createArrayNode();
            try {
                for (JsonNode asked : JSON.readTree(serveEvent.getRequest().getBody()).path("list")) {
                    if (matching.contains(asked.asText())) {
                        matched.add(asked.asText());
                    }
                }
            } catch (IOException e) {
                return error(400, 40008, "Unprocessable Entity", "The JSON payload was malformed.").build();
            }
            ObjectNode body = JSON.createObjectNode().set("list", matched);
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
