package se.scb.dispatch.adapter.minameddelanden;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.testkit.compat.Fault;
import se.scb.dispatch.testkit.compat.OperatorStub;

/**
 * An operator's {@code deliverSecure} endpoint in WireMock: accepts every letter unless told to
 * answer the next one with a fault, and counts deliveries by the message id in the request body.
 */
final class WireMockOperatorStub implements OperatorStub {

    static final String PATH = "/operator/Service/v3";
    static final String OPERATOR_ID = "165567828172";

    private static final String SCENARIO = "next delivery";

    private final WireMockServer server;
    private final RecipientId recipient;
    private final Duration adapterTimeout;
    /** The stub that answers the next delivery, replaced by the next one arranged so that they do not pile up. */
    private StubMapping nextAnswer;

    WireMockOperatorStub(WireMockServer server, RecipientId recipient, Duration adapterTimeout) {
        this.server = server;
        this.recipient = recipient;
        this.adapterTimeout = adapterTimeout;
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(10).willReturn(xml(200, SoapFixtures.deliveryResponse(recipient.canonical(), true))));
    }

    /** The mailbox whose service address is this stub. */
    MailboxAddress mailbox() {
        return new MailboxAddress(OPERATOR_ID, "Test operator", server.baseUrl() + PATH);
    }

    /** The next delivery gets this answer, the ones after it the usual acceptance. */
    void answerNextDeliveryWith(ResponseDefinitionBuilder answer) {
        if (nextAnswer != null) {
            server.removeStub(nextAnswer);
        }
        nextAnswer = server.stubFor(post(urlPathEqualTo(PATH)).atPriority(1)
                .inScenario(SCENARIO).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                .willReturn(answer));
        server.resetScenarios();
    }

    @Override
    public void answerNextDeliveryWith(Fault fault) {
        answerNextDeliveryWith(answerFor(fault));
    }

    @Override
    public int deliveriesReceived(String messageId) {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(containing(messageId)).build()).getCount();
    }

    @Override
    public int deliveriesReceived() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(PATH)).build()).getCount();
    }

    private ResponseDefinitionBuilder answerFor(Fault fault) {
        switch (fault.kind()) {
            case SERVICE_UNAVAILABLE_503:
                return aResponse().withStatus(503);
            case TOO_MANY_REQUESTS_429:
                return aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()));
            case BAD_REQUEST_400:
                // SOAP 1.1 sends faults with HTTP 500; the fault code says whose the fault is. The text names the
                // recipient, as a real operator's might, so the kit sees whether the adapter masks it.
                return xml(500, SoapFixtures.fault("Client", "Recipient " + recipient.canonical() + " cannot receive this letter",
                        Optional.of(5001)));
            case NO_ANSWER:
                return xml(200, SoapFixtures.deliveryResponse(recipient.canonical(), true))
                        .withFixedDelay((int) adapterTimeout.plusMillis(1_500).toMillis());
            case CONNECTION_RESET:
                return aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
            default:
                throw new IllegalArgumentException("No way to play " + fault.kind());
        }
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", SoapFixtures.XML).withBody(body);
    }
}
