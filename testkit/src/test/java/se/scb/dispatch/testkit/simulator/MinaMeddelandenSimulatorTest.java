package se.scb.dispatch.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MinaMeddelandenSimulatorTest {

    private static final String SCHEMA = "http://minameddelanden.gov.se/schema/";

    private MinaMeddelandenSimulator mm;

    @AfterEach
    void stop() {
        if (mm != null) {
            mm.close();
        }
    }

    @Test
    void answersIsReachableWithTheMatchingOnesAtItsOwnServiceAddress() throws Exception {
        mm = MinaMeddelandenSimulator.builder().matching(id -> id.startsWith("19121212")).start();

        HttpResponse<String> answer = Post.to(mm.recipientUrl(), envelope("<r3:isReachable xmlns:r3=\"" + SCHEMA + "Recipient/v3\">"
                + "<r3:senderOrgNr>162021005489</r3:senderOrgNr><r3:recipientId>191212121212</r3:recipientId>"
                + "<r3:recipientId>197701032380</r3:recipientId></r3:isReachable>"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Document document = parse(answer.body());
        assertThat(texts(document, SCHEMA + "Recipient", "RecipientId")).isEqualTo("191212121212,197701032380");
        assertThat(texts(document, SCHEMA + "Recipient", "Type")).isEqualTo("Secure,Not");
        assertThat(texts(document, SCHEMA + "Recipient", "ServiceAdress")).isEqualTo(mm.serviceUrl().toString());
    }

    @Test
    void takesADeliveryByItsReferenceAndAnswersDelivered() throws Exception {
        mm = MinaMeddelandenSimulator.builder().start();

        HttpResponse<String> answer = Post.to(mm.serviceUrl(), delivery("191212121212", "msg-1"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Document document = parse(answer.body());
        assertThat(texts(document, SCHEMA + "Service", "RecipientId")).isEqualTo("191212121212");
        assertThat(texts(document, SCHEMA + "Service", "Delivered")).isEqualTo("true");
        assertThat(mm.ledger().taken("msg-1")).isTrue();
        Post.awaitThat(() -> mm.ledger().deliveries("msg-1") == 1);
    }

    @Test
    void answersAServerFaultWithHttp500() throws Exception {
        mm = MinaMeddelandenSimulator.builder().faults(FaultRates.none().with(FaultKind.SERVER_ERROR, 1.0)).start();

        HttpResponse<String> answer = Post.to(mm.serviceUrl(), delivery("191212121212", "msg-1"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(texts(parse(answer.body()), "", "faultcode")).isEqualTo("S:Server");
        assertThat(mm.ledger().taken("msg-1")).isFalse();
    }

    @Test
    void answersADeliveryWithoutReferenceWithAClientFault() throws Exception {
        mm = MinaMeddelandenSimulator.builder().start();

        HttpResponse<String> answer = Post.to(mm.serviceUrl(), envelope("<s3:deliverSecure xmlns:s3=\"" + SCHEMA + "Service/v3\"/>"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(texts(parse(answer.body()), "", "faultcode")).isEqualTo("S:Client");
        assertThat(mm.ledger().arrivals()).isZero();
    }

    private static String delivery(String recipient, String reference) {
        return envelope("<s3:deliverSecure xmlns:s3=\"" + SCHEMA + "Service/v3\" xmlns:m2=\"" + SCHEMA + "Message/v2\"><s3:deliverSecure>"
                + "<m2:Header><m2:Recipient>" + recipient + "</m2:Recipient><m2:Reference>" + reference + "</m2:Reference></m2:Header>"
                + "</s3:deliverSecure></s3:deliverSecure>");
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String texts(Document document, String namespace, String localName) {
        var nodes = namespace.isEmpty() ? document.getElementsByTagName(localName) : document.getElementsByTagNameNS(namespace, localName);
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.append(i == 0 ? "" : ",").append(nodes.item(i).getTextContent());
        }
        return texts.toString();
    }
}
