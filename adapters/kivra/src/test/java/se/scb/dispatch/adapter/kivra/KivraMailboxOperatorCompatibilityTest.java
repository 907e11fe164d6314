package se.scb.dispatch.adapter.kivra;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.testkit.compat.Fault;
import se.scb.dispatch.testkit.compat.MailboxOperatorCompatibilityKit;
import se.scb.dispatch.testkit.compat.OperatorStub;

/** The Kivra operator passes the kit every operator adapter must pass, against Kivra's API in WireMock. */
class KivraMailboxOperatorCompatibilityTest extends MailboxOperatorCompatibilityKit {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final KivraWireMock kivra = new KivraWireMock();
    private final KivraMailboxOperator operator = new KivraMailboxOperator(kivra.config().timeout(TIMEOUT).build());
    private final OperatorStub stub = new WireMockOperatorStub(kivra);

    @AfterEach
    void stopKivra() {
        kivra.close();
    }

    @Override
    protected MailboxOperator operator() {
        return operator;
    }

    @Override
    protected OperatorStub stub() {
        return stub;
    }

    @Override
    protected Duration timeout() {
        return TIMEOUT;
    }

    /** Plays each fault once, as Kivra would answer it, then takes letters again. */
    private static final class WireMockOperatorStub implements OperatorStub {

        private final KivraWireMock kivra;

        WireMockOperatorStub(KivraWireMock kivra) {
            this.kivra = kivra;
        }

        @Override
        public void answerNextDeliveryWith(Fault fault) {
            // A scenario of its own per fault: answered once, then the default stub takes over.
            String scenario = "fault-" + UUID.randomUUID();
            kivra.server.stubFor(post(urlEqualTo(KivraWireMock.CONTENT_PATH)).atPriority(1)
                    .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                    .willReturn(answer(fault)));
        }

        private ResponseDefinitionBuilder answer(Fault fault) {
            switch (fault.kind()) {
                case SERVICE_UNAVAILABLE_503:
                    return KivraWireMock.error(503, 50300, "Service Unavailable", "Please try again later.");
                case TOO_MANY_REQUESTS_429:
                    return KivraWireMock.error(429, 42900, "Too Many Requests", "Too many requests within this timespan have been made.")
                            .withHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()));
                case BAD_REQUEST_400:
                    return KivraWireMock.error(400, 40000, "Request validation failed", "The request payload does not pass required validation");
                case NO_ANSWER:
                    return KivraWireMock.created().withFixedDelay((int) TIMEOUT.multipliedBy(2).toMillis());
                case CONNECTION_RESET:
                    return KivraWireMock.created().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
                default:
                    throw new IllegalArgumentException("No way to play " + fault.kind());
            }
        }

        @Override
        public int deliveriesReceived(String messageId) {
            // The message id travels as the name of the body part (see ContentPayload).
            return kivra.server.findAll(postRequestedFor(urlEqualTo(KivraWireMock.CONTENT_PATH))
                    .withRequestBody(matchingJsonPath("$.parts[0].name", containing(messageId)))).size();
        }

        @Override
        public int deliveriesReceived() {
            return kivra.requestsTo(KivraWireMock.CONTENT_PATH).size();
        }
    }
}
