package se.scb.dispatch.adapter.minameddelanden;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;
import se.scb.dispatch.testkit.logging.UnmaskedForms;

/** How the operator adapter sends, and how it reads each kind of answer beyond what the compatibility kit covers. */
class MinaMeddelandenOperatorTest {

    private static final RecipientId RECIPIENT = TestIds.person(4711);
    private static final Instant NOW = Instant.parse("2024-06-13T10:00:00Z");

    private WireMockServer server;
    private WireMockOperatorStub stub;
    private MinaMeddelandenOperator operator;

    @BeforeEach
    void startOperator() {
        server = TestSetup.startServer();
        stub = new WireMockOperatorStub(server, RECIPIENT, TestSetup.TIMEOUT);
        operator = new MinaMeddelandenOperator(TestSetup.plainHttp(server).build(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopOperator() {
        server.stop();
    }

    @Test
    @DisplayName("posts the signed request to the mailbox's service address as SOAP 1.1")
    void postsTheSignedRequestAsSoap11() throws Exception {
        Letter letter = letter();

        assertThat(deliver(letter).isDelivered()).isTrue();

        List<LoggedRequest> received = server.findAll(postRequestedFor(urlPathEqualTo(WireMockOperatorStub.PATH))
                .withHeader("Content-Type", equalToIgnoreCase("text/xml; charset=utf-8"))
                .withHeader("SOAPAction", equalTo("\"\"")));
        assertThat(received).hasSize(1);
        RequestXml request = RequestXml.parse(received.get(0).getBody());
        request.validateAgainst("service-v3.xsd");
        assertThat(request.verify(RequestXml.signatureOf(request.element(Namespaces.MESSAGE_V3, "SignedDelivery")))).isPresent();
        assertThat(request.text(Namespaces.MESSAGE_V3, "Id")).isEqualTo(letter.messageId());
    }

    @Test
    @DisplayName("answers a delivery with code 200 and the operator's transaction id")
    void answersADelivery() {
        DeliveryResult result = deliver(letter());

        assertThat(result.isDelivered()).isTrue();
        assertThat(result.code()).isEqualTo("200");
        assertThat(result.message()).contains("Test operator").contains("trans-0001");
    }

    @Test
    @DisplayName("treats a Client fault in an HTTP 500 as permanent, with the fault and error code, the identity number masked")
    void treatsAClientFaultAsPermanent() {
        stub.answerNextDeliveryWith(WireMockOperatorStub.xml(500,
                SoapFixtures.fault("Client", "Signature of " + RECIPIENT.canonical() + " invalid", Optional.of(5002))));

        DeliveryResult result = deliver(letter());

        assertThat(result.isRejected()).as("rejected, was %s", result).isTrue();
        assertThat(result.code()).isEqualTo("Client/5002");
        assertThat(result.message()).contains("Signature of " + RECIPIENT.masked() + " invalid").contains("call-0123456789abcdefghij");
        assertThat(UnmaskedForms.appearIn(result.message(), RECIPIENT)).isFalse();
    }

    @Test
    @DisplayName("treats a Server fault in an HTTP 500 as transient")
    void treatsAServerFaultAsTransient() {
        stub.answerNextDeliveryWith(WireMockOperatorStub.xml(500, SoapFixtures.fault("Server", "Database unavailable", Optional.empty())));

        DeliveryResult result = deliver(letter());

        assertThat(result.isTransient()).as("transient, was %s", result).isTrue();
        assertThat(result.code()).isEqualTo("Server");
    }

    @Test
    @DisplayName("treats an HTTP 500 without a SOAP fault as transient")
    void treatsA500WithoutFaultAsTransient() {
        stub.answerNextDeliveryWith(aResponse().withStatus(500).withBody("Internal error"));

        DeliveryResult result = deliver(letter());

        assertThat(result.isTransient()).isTrue();
        assertThat(result.code()).isEqualTo("500");
    }

    @Test
    @DisplayName("treats an HTTP 400 without a SOAP fault as permanent")
    void treatsA400WithoutFaultAsPermanent() {
        stub.answerNextDeliveryWith(aResponse().withStatus(400));

        DeliveryResult result = deliver(letter());

        assertThat(result.isRejected()).isTrue();
        assertThat(result.code()).isEqualTo("400");
    }

    @Test
    @DisplayName("reads a Retry-After given as an HTTP date")
    void readsRetryAfterAsADate() {
        stub.answerNextDeliveryWith(aResponse().withStatus(503).withHeader("Retry-After", "Thu, 13 Jun 2024 10:02:00 GMT"));

        DeliveryResult result = deliver(letter());

        assertThat(result.isTransient()).isTrue();
        assertThat(result.retryAfter()).contains(Duration.ofMinutes(2));
    }

    @Test
    @DisplayName("treats an answer that the letter was not delivered as permanent")
    void treatsNotDeliveredAsPermanent() {
        stub.answerNextDeliveryWith(WireMockOperatorStub.xml(200, SoapFixtures.deliveryResponse(RECIPIENT.canonical(), false)));

        DeliveryResult result = deliver(letter());

        assertThat(result.isRejected()).isTrue();
        assertThat(result.code()).isEqualTo("NOT_DELIVERED");
    }

    @Test
    @DisplayName("treats an unreadable HTTP 200 as transient, since a repeat is dropped by message id")
    void treatsAMalformedAnswerAsTransient() {
        stub.answerNextDeliveryWith(WireMockOperatorStub.xml(200, "<html>Welcome</html>"));

        DeliveryResult result = deliver(letter());

        assertThat(result.isTransient()).isTrue();
        assertThat(result.code()).isEqualTo("MALFORMED_ANSWER");
        assertThat(result.message()).contains("not a SOAP 1.1 envelope");
    }

    @Test
    @DisplayName("treats an answer about another recipient as malformed, naming ours masked")
    void treatsAnAnswerAboutAnotherRecipientAsMalformed() {
        stub.answerNextDeliveryWith(WireMockOperatorStub.xml(200, SoapFixtures.deliveryResponse(TestIds.person(1).canonical(), true)));

        DeliveryResult result = deliver(letter());

        assertThat(result.code()).isEqualTo("MALFORMED_ANSWER");
        assertThat(result.message()).contains(RECIPIENT.masked());
        assertThat(UnmaskedForms.appearIn(result.message(), RECIPIENT)).isFalse();
    }

    @Test
    @DisplayName("refuses a plain-http service address unless plain HTTP is allowed, without calling it")
    void refusesPlainHttpServiceAddresses() {
        MinaMeddelandenOperator strict = new MinaMeddelandenOperator(TestSetup.plainHttp(server).allowPlainHttp(false)
                .recipientUrl(null).build());

        DeliveryResult result = deliver(strict, letter());

        assertThat(result.isRejected()).isTrue();
        assertThat(result.code()).isEqualTo("SERVICE_ADDRESS");
        assertThat(result.message()).contains("plain http");
        assertThat(stub.deliveriesReceived()).isZero();
    }

    @Test
    @DisplayName("rejects a letter to a mailbox without a service address")
    void rejectsAMailboxWithoutServiceAddress() {
        Letter letter = TestLetters.letter(TestLetters.newMessageId(), RECIPIENT, new MailboxAddress("kivra", "Kivra", ""));

        DeliveryResult result = deliver(letter);

        assertThat(result.isRejected()).isTrue();
        assertThat(result.message()).contains("no service address");
    }

    @Test
    @DisplayName("declares 2 000 000 bytes, plain text and HTML bodies, PDF attachments and the delivered event")
    void declaresItsCapabilities() {
        assertThat(operator.capabilities().maxMessageBytes()).isEqualTo(2_000_000L);
        assertThat(operator.capabilities().bodyContentTypes()).containsExactlyInAnyOrder("text/plain", "text/html");
        assertThat(operator.capabilities().attachmentTypes()).containsExactly("application/pdf");
        assertThat(operator.capabilities().processEvents()).containsExactly(ProcessEvent.Kind.DELIVERED);
    }

    private Letter letter() {
        return TestLetters.letter(TestLetters.newMessageId(), RECIPIENT, stub.mailbox());
    }

    private DeliveryResult deliver(Letter letter) {
        return deliver(operator, letter);
    }

    private static DeliveryResult deliver(MinaMeddelandenOperator operator, Letter letter) {
        try {
            return operator.deliver(letter).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The delivery did not complete with a result", e);
        }
    }}
