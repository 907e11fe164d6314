package se.scb.dispatch.adapter.kivra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;
import se.scb.dispatch.testkit.logging.CapturedLogs;

/** Client credentials: one token for many requests, renewed before it expires and once when Kivra refuses it. */
class KivraAuthenticationTest {

    private static final RecipientId PERSON = TestIds.person(11);

    private final KivraWireMock kivra = new KivraWireMock();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final KivraMailboxOperator operator = new KivraMailboxOperator(kivra.config().build(), clock);

    @AfterEach
    void stopKivra() {
        kivra.close();
    }

    @Test
    void asksForATokenAsKivraDescribes() {
        deliver("msg-1");

        LoggedRequest tokenRequest = kivra.requestsTo(KivraWireMock.TOKEN_PATH).get(0);
        String basic = Base64.getEncoder().encodeToString((KivraWireMock.CLIENT_ID + ":" + KivraWireMock.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(tokenRequest.getHeader("Authorization")).isEqualTo("Basic " + basic);
        assertThat(tokenRequest.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(tokenRequest.getBodyAsString()).isEqualTo("grant_type=client_credentials");
        assertThat(kivra.requestsTo(KivraWireMock.CONTENT_PATH).get(0).getHeader("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void asksForALimitedScopeWhenConfigured() {
        KivraMailboxOperator limited = new KivraMailboxOperator(kivra.config()
                .scope("post:kivra.v1.tenant." + KivraWireMock.TENANT + ".content").build());

        limited.deliver(letter("msg-2")).toCompletableFuture().join();

        assertThat(kivra.requestsTo(KivraWireMock.TOKEN_PATH).get(0).getBodyAsString())
                .isEqualTo("grant_type=client_credentials&scope=post%3Akivra.v1.tenant." + KivraWireMock.TENANT + ".content");
    }

    @Test
    void usesOneTokenForManyRequests() {
        for (int i = 0; i < 5; i++) {
            assertThat(deliver("msg-many-" + i).isDelivered()).isTrue();
        }

        assertThat(kivra.tokenRequests()).isEqualTo(1);
        assertThat(bearers()).containsOnly("Bearer token-1").hasSize(5);
    }

    @Test
    void fetchesOneTokenForCallersThatNeedOneAtOnce() {
        List<CompletableFuture<DeliveryResult>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(operator.deliver(letter("msg-together-" + i)).toCompletableFuture());
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.join().isDelivered()).isTrue());
        assertThat(kivra.tokenRequests()).isEqualTo(1);
    }

    @Test
    void renewsTheTokenAMarginBeforeItExpires() {
        kivra.tokenLifetime(3_600);
        deliver("msg-3");

        clock.advance(Duration.ofSeconds(3_600 - 60 - 1));
        deliver("msg-4");
        assertThat(kivra.tokenRequests()).as("still a minute and more to live").isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        deliver("msg-5");
        assertThat(kivra.tokenRequests()).as("within the minute before expiry").isEqualTo(2);
        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void renewsAShortLivedTokenAtHalfItsLife() {
        kivra.tokenLifetime(100);
        deliver("msg-6");

        clock.advance(Duration.ofSeconds(49));
        deliver("msg-7");
        clock.advance(Duration.ofSeconds(2));
        deliver("msg-8");

        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void keepsATokenWithoutExpiryUntilKivraRefusesIt() {
        stubToken(aResponse().withStatus(200).withBody("{\"access_token\":\"forever\",\"token_type\":\"bearer\"}"));
        deliver("msg-9");
        clock.advance(Duration.ofDays(2));

        deliver("msg-10");

        assertThat(kivra.tokenRequests()).isEqualTo(1);
    }

    @Test
    void renewsARefusedTokenOnceAndSendsTheRequestAgain() {
        kivra.refuseToken("token-1");

        DeliveryResult result = deliver("msg-11");

        assertThat(result.isDelivered()).as("%s", result).isTrue();
        assertThat(kivra.tokenRequests()).isEqualTo(2);
        assertThat(bearers()).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void answersASecondRefusalAsTransientWithoutAskingAgain() {
        kivra.refuseToken("token-1");
        kivra.refuseToken("token-2");

        DeliveryResult result = deliver("msg-12");

        assertThat(result.isTransient()).as("%s", result).isTrue();
        assertThat(result.code()).isEqualTo("40100");
        assertThat(result.message()).contains("newly fetched access token").contains(KivraWireMock.TENANT);
        assertThat(kivra.requestsTo(KivraWireMock.CONTENT_PATH)).hasSize(2);
        assertThat(kivra.tokenRequests()).isEqualTo(2);
    }

    @Test
    void aDirectoryRefusedTwiceSaysSo() {
        KivraRecipientDirectory directory = new KivraRecipientDirectory(kivra.config().build());
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.USER_MATCH_PATH)).atPriority(1)
                .willReturn(KivraWireMock.error(401, 40100, "Unauthorized", "Supplied credentials was invalid")));

        assertThatThrownBy(() -> directory.lookup(TestLetters.SENDER.organisationNumber(), List.of(PERSON)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("refused a newly fetched access token");
        assertThat(kivra.tokenRequests()).isEqualTo(2);
    }

    @Test
    void saysWhichKeysToCheckWhenKivraRefusesTheCredentials() {
        stubToken(KivraWireMock.error(401, 40104, "Invalid Client", "Client authentication failed"));

        DeliveryResult result = deliver("msg-13");

        assertThat(result.isTransient()).isTrue();
        assertThat(result.code()).isEqualTo("TOKEN");
        assertThat(result.message()).contains("40104 Invalid Client").contains("kivra.client-id").contains("kivra.client-secret")
                .doesNotContain(KivraWireMock.CLIENT_SECRET);
        assertThat(kivra.requestsTo(KivraWireMock.CONTENT_PATH)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all                           | is not JSON",
        "{\"token_type\":\"bearer\"}               | has no access_token",
        "{\"access_token\":\"  \"}                 | has no access_token",
        "{\"access_token\":\"t\",\"expires_in\":-5}  | has an expires_in that is not a positive whole number",
        "{\"access_token\":\"t\",\"expires_in\":\"soon\"} | has an expires_in that is not a positive whole number"})
    void saysWhatIsWrongWithAMalformedTokenAnswer(String body, String problem) {
        stubToken(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

        DeliveryResult result = deliver("msg-14");

        assertThat(result.isTransient()).isTrue();
        assertThat(result.code()).isEqualTo("TOKEN");
        assertThat(result.message()).contains("answered 200, but the answer " + problem);
    }

    @Test
    void triesAgainForATokenAfterAFailedFetch() {
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.TOKEN_PATH)).atPriority(1)
                .inScenario("token down once").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(KivraWireMock.error(503, 50300, "Service Unavailable", "Try again later")));

        DeliveryResult first = deliver("msg-15");
        DeliveryResult second = deliver("msg-16");

        assertThat(first.isTransient()).isTrue();
        assertThat(first.message()).contains("HTTP 503").contains("try again later");
        assertThat(second.isDelivered()).as("%s", second).isTrue();
    }

    @Test
    void neverLogsTheSecretOrTheTokens() {
        kivra.refuseToken("token-1");
        deliver("msg-17");
        stubToken(KivraWireMock.error(401, 40104, "Invalid Client", "Client authentication failed"));
        kivra.refuseToken("token-2");
        deliver("msg-18");

        CapturedLogs.requireActive();
        String logged = CapturedLogs.text();
        String basic = Base64.getEncoder().encodeToString((KivraWireMock.CLIENT_ID + ":" + KivraWireMock.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(logged).contains("renewing it").doesNotContain(KivraWireMock.CLIENT_SECRET).doesNotContain(basic)
                .doesNotContain("token-1").doesNotContain("token-2");
    }

    private void stubToken(ResponseDefinitionBuilder answer) {
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.TOKEN_PATH)).atPriority(1).willReturn(answer));
    }

    private DeliveryResult deliver(String messageId) {
        return operator.deliver(letter(messageId)).toCompletableFuture().join();
    }

    private static se.scb.dispatch.spi.Letter letter(String messageId) {
        return Letters.htmlAndText(messageId, PERSON);
    }

    private List<String> bearers() {
        return kivra.requestsTo(KivraWireMock.CONTENT_PATH).stream()
                .map(request -> request.getHeader("Authorization")).collect(Collectors.toList());
    }
}
