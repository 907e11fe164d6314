package se.scb.dispatch.adapter.minameddelanden;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.testkit.compat.DirectoryStub;

/**
 * The Recipient service's {@code isReachable} in WireMock. A response transformer reads the ids in
 * each request and answers each as arranged (an id not arranged has no mailbox), in reverse order,
 * since the contract does not promise the order of the answers.
 */
final class WireMockDirectoryStub implements DirectoryStub {

    static final String PATH = "/Recipient/v3";

    private final Map<String, String> arranged = new ConcurrentHashMap<>();

    /** The extension to give WireMock's options; it answers from what this stub arranged. */
    ResponseDefinitionTransformerV2 transformer() {
        return new Answers();
    }

    /** Routes {@code isReachable} to the transformer. */
    void install(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", SoapFixtures.XML)
                .withTransformers(Answers.NAME)));
    }

    @Override
    public void answerReachable(RecipientId id, String operatorId) {
        arranged.put(id.canonical(), SoapFixtures.reachabilityStatus(id.canonical(), "Secure", false, true,
                Optional.of(SoapFixtures.supplier(operatorId, "Operator " + operatorId, "https://operator.invalid/" + operatorId + "/Service/v3"))));
    }

    @Override
    public void answerNoMailbox(RecipientId id) {
        arranged.put(id.canonical(), noMailbox(id.canonical()));
    }

    @Override
    public void answerSenderBlocked(RecipientId id) {
        arranged.put(id.canonical(), SoapFixtures.reachabilityStatus(id.canonical(), "Secure", false, false,
                Optional.of(SoapFixtures.supplier("165567828172", "Operator", "https://operator.invalid/Service/v3"))));
    }

    @Override
    public void answerPending(RecipientId id) {
        arranged.put(id.canonical(), SoapFixtures.reachabilityStatus(id.canonical(), "Not", true, true, Optional.empty()));
    }

    private static String noMailbox(String wireId) {
        return SoapFixtures.reachabilityStatus(wireId, "Not", false, true, Optional.empty());
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {

        static final String NAME = "reachability-answers";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            List<String> returns = new ArrayList<>();
            for (String wireId : recipientIds(serveEvent.getRequest().getBody())) {
                returns.add(arranged.getOrDefault(wireId, noMailbox(wireId)));
            }
            Collections.reverse(returns);
            return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                    .withBody(SoapFixtures.reachabilityResponse(returns)).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }

        private List<String> recipientIds(byte[] request) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(request));
                NodeList ids = document.getElementsByTagNameNS("http://minameddelanden.gov.se/schema/Recipient/v3", "recipientId");
                List<String> found = new ArrayList<>();
                for (int i = 0; i < ids.getLength(); i++) {
                    found.add(ids.item(i).getTextContent().strip());
                }
                return found;
            } catch (Exception e) {
                throw new IllegalStateException("The stub cannot read the isReachable request: " + e.getMessage(), e);
            }
        }
    }
}
