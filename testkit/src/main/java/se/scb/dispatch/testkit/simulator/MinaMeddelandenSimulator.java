package se.scb.dispatch.testkit.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Mina meddelanden as its adapter calls it, on loopback, in SOAP 1.1: the Recipient service
 * ({@code isReachable} v3) at {@link #recipientUrl()} answers every asked id that
 * {@link Builder#matching} lets through (everyone by default) as reachable at one operator whose
 * service address is this simulator's {@link #serviceUrl()}, where {@code deliverSecure} v3 takes
 * letters, or meets a fault. Signatures are not checked: the simulator reads the recipient and the
 * message id ({@code Reference}) and nothing more.
 *
 * <pre>{@code
 * try (MinaMeddelandenSimulator mm = MinaMeddelandenSimulator.builder().latency(Duration.ofMillis(20)).start()) {
 *     MinaMeddelandenConfig config = MinaMeddelandenConfig.builder().recipientUrl(mm.recipientUrl())
 *             .keystore(keyStore, password).allowPlainHttp(true).build();
 *     ...
 * }
 * }</pre>
 */
public final class MinaMeddelandenSimulator extends OperatorSimulator {

    public static final String RECIPIENT_PATH = "/Recipient/v3";
    public static final String SERVICE_PATH = "/Service/v3";
    /** The operator every reachable recipient is at. */
    public static final String OPERATOR_ID = "simulated";
    public static final String OPERATOR_NAME = "Simulated mailbox";

    private static final String XML = "text/xml; charset=utf-8";
    private static final String SCHEMA = "http://minameddelanden.gov.se/schema/";
    private static final String RECIPIENT_V3 = SCHEMA + "Recipient/v3";
    private static final String MESSAGE_V2 = SCHEMA + "Message/v2";

    private final Predicate<String> matching;
    private final AtomicLong transactions = new AtomicLong();

    private MinaMeddelandenSimulator(Builder builder) {
        super(builder.settings(), "mina-meddelanden");
        this.matching = builder.matching();
        serve(RECIPIENT_PATH, (exchange, body) -> answer(exchange, reachability(SoapReading.allTexts(body, RECIPIENT_V3, "recipientId"))));
        serve(SERVICE_PATH, this::deliverSecure);
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The Recipient service's address, for the adapter's {@code recipient-url}. */
    public URI recipientUrl() {
        return baseUrl().resolve(RECIPIENT_PATH);
    }

    /** The operator's service address, which the Recipient service gives for every reachable recipient. */
    public URI serviceUrl() {
        return baseUrl().resolve(SERVICE_PATH);
    }

    private void deliverSecure(HttpExchange exchange, byte[] body) throws IOException {
        // The delivery header (Message/v2) comes before the message: recipient and reference are read without the rest.
        List<String> header = SoapReading.firstTexts(body, MESSAGE_V2, "Recipient", "Reference");
        String recipient = header.get(0);
        deliver(exchange, body, header.get(1), recipient, delivered(recipient));
    }

    private Answer reachability(List<String> asked) {
        StringBuilder returns = new StringBuilder(asked.size() * 400);
        for (String id : asked) {
            returns.append("<r3:return><r:AccountStatus><r:RecipientId>").append(escaped(id)).append("</r:RecipientId>");
            if (matching.test(id)) {
                returns.append("<r:Type>Secure</r:Type><r:Pending>false</r:Pending><r:ServiceSupplier><r:Id>").append(OPERATOR_ID)
                        .append("</r:Id><r:Name>").append(OPERATOR_NAME).append("</r:Name><r:ServiceAdress>").append(serviceUrl())
                        .append("</r:ServiceAdress></r:ServiceSupplier>");
            } else {
                returns.append("<r:Type>Not</r:Type><r:Pending>false</r:Pending>");
            }
            returns.append("</r:AccountStatus><r:SenderAccepted>true</r:SenderAccepted></r3:return>");
        }
        return Answer.of(200, XML, envelope("<r3:isReachableResponse xmlns:r3=\"" + RECIPIENT_V3 + "\" xmlns:r=\"" + SCHEMA + "Recipient\">"
                + returns + "</r3:isReachableResponse>"));
    }

    private Answer delivered(String recipient) {
        return Answer.of(200, XML, envelope("<s3:deliverSecureResponse xmlns:s3=\"" + SCHEMA + "Service/v3\" xmlns:s=\"" + SCHEMA + "Service\">"
                + "<s3:return><s:TransId>sim-" + transactions.incrementAndGet() + "</s:TransId><s:Status><s:RecipientId>" + escaped(recipient)
                + "</s:RecipientId><s:Delivered>true</s:Delivered></s:Status></s3:return></s3:deliverSecureResponse>"));
    }

    @Override
    Answer serverError() {
        return fault(500, "Server", "Simulated trouble");
    }

    @Override
    Answer tooManyRequests() {
        return Answer.of(429, XML, "");
    }

    @Override
    byte[] malformedBody() {
        return "<html><body>Bad gateway</bo".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    Answer badRequest(String why) {
        return fault(500, "Client", why);
    }

    /** A SOAP 1.1 fault; SOAP 1.1 sends every fault with HTTP 500. */
    private static Answer fault(int status, String code, String text) {
        return Answer.of(status, XML, envelope("<S:Fault><faultcode>S:" + code + "</faultcode><faultstring>" + escaped(text)
                + "</faultstring></S:Fault>"));
    }

    private static String envelope(String bodyContent) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                + bodyContent + "</S:Body></S:Envelope>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Builds and starts a {@link MinaMeddelandenSimulator}. */
    public static final class Builder extends OperatorSimulator.Builder<Builder> {


        private Builder() {
        }

        /** Listens and answers from now on. */
        public MinaMeddelandenSimulator start() {
            return new MinaMeddelandenSimulator(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
