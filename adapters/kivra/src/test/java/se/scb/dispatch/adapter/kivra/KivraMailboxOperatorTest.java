package se.scb.dispatch.adapter.kivra;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.scb.dispatch.id.CoordinationNumber;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.logging.UnmaskedForms;

class KivraMailboxOperatorTest {

    private static final RecipientId PERSON = TestIds.person(7);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final KivraWireMock kivra = new KivraWireMock();
    private final KivraMailboxOperator operator = new KivraMailboxOperator(kivra.config().build(), new MutableClock(NOW));
    private DeliveryResult lastResult;

    @AfterEach
    void stopKivra() {
        kivra.close();
    }

    @Test
    void postsTheLetterAsKivraContentWithTheHtmlBodyFirstAndEachPdfAfterIt() {
        Letter letter = Letters.htmlAndText("msg-1", PERSON);

        DeliveryResult result = deliver(letter);

        assertThat(result.isDelivered()).as("%s", result).isTrue();
        JsonNode content = onlyContent();
        assertThat(fieldNames(content)).containsExactly("ssn", "subject", "type", "parts");
        assertThat(content.get("ssn").asText()).isEqualTo(PERSON.canonical());
        assertThat(content.get("subject").asText()).isEqualTo("Enkät om boende");
        assertThat(content.get("type").asText()).isEqualTo("letter");
        JsonNode parts = content.get("parts");
        assertThat(parts).hasSize(2);
        assertPart(parts.get(0), "brev-msg-1.html", "text/html", letter.message().html().orElseThrow().getBytes(StandardCharsets.UTF_8));
        assertPart(parts.get(1), "enkat.pdf", "application/pdf", Letters.PDF.content());
    }

    @Test
    void sendsAPlainTextBodyWhenTheLetterHasNoHtml() {
        deliver(Letters.letter("msg-2", PERSON, Optional.of("Hej!"), Optional.empty(), List.of()));

        JsonNode parts = onlyContent().get("parts");
        assertThat(parts).hasSize(1);
        assertPart(parts.get(0), "brev-msg-2.txt", "text/plain", "Hej!".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void addressesACompanyByItsVatNumber() {
        OrganisationNumber company = new OrganisationNumber("165560000001");

        deliver(Letters.htmlAndText("msg-3", company));

        JsonNode content = onlyContent();
        assertThat(content.get("vat_number").asText()).isEqualTo("SE556000000101");
        assertThat(content.has("ssn")).isFalse();
    }

    @Test
    void addressesACoordinationNumberAsAnSsn() {
        RecipientId coordination = new CoordinationNumber("195001612349");

        deliver(Letters.htmlAndText("msg-4", coordination));

        assertThat(onlyContent().get("ssn").asText()).isEqualTo("195001612349");
    }

    @Test
    void sendsTheConfiguredTypeAndRetention() {
        KivraMailboxOperator retaining = new KivraMailboxOperator(kivra.config().contentType("letter.creditnotice").retentionDays(390).build());

        deliver(retaining, Letters.htmlAndText("msg-5", PERSON));

        JsonNode content = onlyContent();
        assertThat(content.get("type").asText()).isEqualTo("letter.creditnotice");
        assertThat(content.get("retain").asBoolean()).isTrue();
        assertThat(content.get("retention_time").asText()).isEqualTo("390");
    }

    @Test
    void sendsTheSameBytesEveryTimeForTheSameLetterSoKivraDropsTheRepeat() {
        Letter letter = Letters.htmlAndText("msg-6", PERSON);

        deliver(letter);
        deliver(letter);

        List<LoggedRequest> sent = kivra.requestsTo(KivraWireMock.CONTENT_PATH);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getBody()).isEqualTo(sent.get(0).getBody());
    }

    @Test
    void twoLettersThatReadTheSameDifferOnTheWireByTheirMessageIds() {
        deliver(Letters.htmlAndText("msg-7", PERSON));
        deliver(Letters.htmlAndText("msg-8", PERSON));

        List<LoggedRequest> sent = kivra.requestsTo(KivraWireMock.CONTENT_PATH);
        assertThat(sent.get(1).getBody()).isNotEqualTo(sent.get(0).getBody());
    }

    @Test
    void reportsKivrasObjectKeyAndARetainedLetter() {
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.CONTENT_PATH)).atPriority(1)
                .willReturn(KivraWireMock.created().withHeader("kivra-retained", "true")));

        DeliveryResult result = deliver(Letters.htmlAndText("msg-9", PERSON));

        assertThat(result.code()).isEqualTo("201");
        assertThat(result.message()).contains("15118724482475bf32615b4a2aaa604fd66377010e").contains("retains it");
    }

    static Stream<Arguments> kivrasAnswers() {
        return Stream.of(
                Arguments.of(KivraWireMock.error(400, 40009, "Error in SSN", "SSN not meeting the required format."), "rejected", "40009"),
                Arguments.of(KivraWireMock.error(400, 40032, "User doesn't exist", "No user exists with provided SSN"), "rejected", "40032"),
                Arguments.of(KivraWireMock.error(403, 40300, "Forbidden", "Access was denied to the given resource"), "rejected", "40300"),
                Arguments.of(KivraWireMock.error(404, 40400, "Not found", "The resource was not found"), "rejected", "40400"),
                Arguments.of(KivraWireMock.error(413, 41300, "Request Entity Too Large", "The payload exceeded the limit"), "rejected", "41300"),
                Arguments.of(KivraWireMock.error(422, 42221, "Unsupported retain", "Retain with unsupported content type"), "rejected", "42221"),
                Arguments.of(KivraWireMock.error(409, 40915, "Conflict", "The object already exists"), "delivered", "40915"),
                Arguments.of(KivraWireMock.error(500, 50000, "Internal Server Error", "Something broke"), "transient", "50000"),
                Arguments.of(KivraWireMock.error(408, 40800, "Request Timeout", "Too slow"), "transient", "40800"),
                Arguments.of(new ResponseDefinitionBuilder().withStatus(502).withBody("<html>Bad gateway</html>"), "transient", "502"),
                Arguments.of(new ResponseDefinitionBuilder().withStatus(301).withHeader("Location", "https://sender.api.kivra.com/"), "transient", "301"));
    }

    @ParameterizedTest
    @MethodSource("kivrasAnswers")
    void translatesKivrasAnswer(ResponseDefinitionBuilder answer, String expected, String code) {
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.CONTENT_PATH)).atPriority(1).willReturn(answer));

        DeliveryResult result = deliver(Letters.htmlAndText("msg-answer", PERSON));

        assertThat(kind(result)).as("%s", result).isEqualTo(expected);
        assertThat(result.code()).isEqualTo(code);
    }

    @Test
    void takesTheWaitOfARetryAfterGivenAsADate() {
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.CONTENT_PATH)).atPriority(1)
                .willReturn(KivraWireMock.error(429, 42900, "Too Many Requests", "Please try again later")
                        .withHeader("Retry-After", "Mon, 02 Mar 2026 09:01:30 GMT")));

        DeliveryResult result = deliver(Letters.htmlAndText("msg-10", PERSON));

        assertThat(result.isTransient()).isTrue();
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(90));
    }

    @Test
    void masksAnIdentityNumberKivraEchoesInItsMessage() {
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.CONTENT_PATH)).atPriority(1)
                .willReturn(KivraWireMock.error(400, 40032, "User doesn't exist", "No user exists with SSN " + PERSON.canonical())));

        DeliveryResult result = deliver(Letters.htmlAndText("msg-11", PERSON));

        assertThat(UnmaskedForms.appearIn(result.message(), PERSON)).as(UnmaskedForms.mask(result.message(), PERSON)).isFalse();
        assertThat(result.message()).contains(PERSON.masked());
    }

    @Test
    void refusesALetterTooLargeForKivraWithoutSendingIt() {
        byte[] large = new byte[800_000];
        Arrays.fill(large, (byte) 'x');
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        Letter letter = Letters.letter("msg-12", PERSON, Optional.of("Hej"), Optional.empty(), List.of(Attachment.of("stor.pdf", large)));

        DeliveryResult result = deliver(letter);

        assertThat(result.isRejected()).isTrue();
        assertThat(result.code()).isEqualTo("TOO_LARGE");
        assertThat(kivra.requestsTo(KivraWireMock.CONTENT_PATH)).isEmpty();
    }

    @Test
    void refusesALetterWithoutABody() {
        DeliveryResult result = deliver(Letters.letter("msg-13", PERSON, Optional.empty(), Optional.empty(), List.of(Letters.PDF)));

        assertThat(result.isRejected()).isTrue();
        assertThat(result.code()).isEqualTo("NO_BODY");
        assertThat(kivra.requestsTo(KivraWireMock.CONTENT_PATH)).isEmpty();
    }

    @Test
    void statesWhatKivraTakes() {
        assertThat(operator.capabilities().maxMessageBytes()).isLessThanOrEqualTo(KivraMailboxOperator.MAX_CONTENT_BYTES).isGreaterThan(990_000);
        assertThat(operator.capabilities().bodyContentTypes()).containsExactlyInAnyOrder("text/plain", "text/html");
        assertThat(operator.capabilities().attachmentTypes()).containsExactly("application/pdf");
        assertThat(operator.capabilities().processEvents()).isEmpty();
        assertThat(operator.processEvents(java.util.Optional.empty()).events()).isEmpty();
    }

    @Test
    void keepsNoMoreRequestsOpenThanAllowed() {
        InFlight inFlight = new InFlight();
        try (KivraWireMock slow = new KivraWireMock(WireMockConfiguration.options().dynamicPort().extensions(inFlight))) {
            slow.server.stubFor(post(urlEqualTo(KivraWireMock.CONTENT_PATH)).atPriority(1).willReturn(KivraWireMock.created().withFixedDelay(200)));
            KivraMailboxOperator bounded = new KivraMailboxOperator(slow.config().maxInFlight(2).timeout(Duration.ofSeconds(5)).build());

            // Callers of their own: deliver() may wait for a slot in the caller's thread, and the common pool is
            // too small on two cores (the HTTP client may need it to hand back the very answers that free a slot).
            ExecutorService callers = Executors.newFixedThreadPool(6);
            try {
                List<CompletableFuture<DeliveryResult>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Letter letter = Letters.htmlAndText("msg-bounded-" + i, PERSON);
                    answers.add(CompletableFuture.supplyAsync(() -> bounded.deliver(letter).toCompletableFuture().join(), callers));
                }

                assertThat(answers).allSatisfy(answer -> assertThat(answer.join().isDelivered()).isTrue());
                assertThat(inFlight.most.get()).isBetween(1, 2);
            } finally {
                callers.shutdownNow();
            }
        }
    }

    /** Counts the content requests the server is busy with at once. */
    private static final class InFlight implements ServeEventListener {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
            if (serveEvent.getRequest().getUrl().endsWith("/content")) {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
            }
        }

        @Override
        public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
            if (serveEvent.getRequest().getUrl().endsWith("/content")) {
                now.decrementAndGet();
            }
        }

        @Override
        public String getName() {
            return "in-flight";
        }
    }

    private DeliveryResult deliver(Letter letter) {
        return deliver(operator, letter);
    }

    private DeliveryResult deliver(KivraMailboxOperator operator, Letter letter) {
        lastResult = operator.deliver(letter).toCompletableFuture().join();
        return lastResult;
    }

    private JsonNode onlyContent() {
        assertThat(lastResult).isNotNull();
        assertThat(lastResult.isDelivered()).as("delivered, was %s", lastResult).isTrue();
        List<LoggedRequest> sent = kivra.requestsTo(KivraWireMock.CONTENT_PATH);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("Content-Type")).startsWith("application/json");
        return KivraWireMock.json(sent.get(0));
    }

    private static void assertPart(JsonNode part, String name, String contentType, byte[] data) {
        assertThat(fieldNames(part)).containsExactly("name", "data", "content_type");
        assertThat(part.get("name").asText()).isEqualTo(name);
        assertThat(part.get("content_type").asText()).isEqualTo(contentType);
        assertThat(Base64.getDecoder().decode(part.get("data").asText())).isEqualTo(data);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kind(DeliveryResult result) {
        return result.isDelivered() ? "delivered" : result.isRejected() ? "rejected" : "transient";
    }
}
