package se.scb.dispatch.adapter.minameddelanden;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;
import se.scb.dispatch.testkit.logging.UnmaskedForms;

/** The isReachable request, the reading of answers the kit does not arrange, and every way an answer can be unusable. */
class MinaMeddelandenDirectoryTest {

    private static final OrganisationNumber SENDER = TestLetters.SENDER.organisationNumber();
    private static final List<RecipientId> IDS = TestIds.people(500_000, 3);
    private static final String SUPPLIER = SoapFixtures.supplier("165567828172", "Kivra", "https://kivra.invalid/Service/v3");

    private WireMockServer server;
    private MinaMeddelandenDirectory directory;

    @BeforeEach
    void startDirectory() {
        server = TestSetup.startServer();
        directory = new MinaMeddelandenDirectory(TestSetup.plainHttp(server).build());
    }

    @AfterEach
    void stopDirectory() {
        server.stop();
    }

    @Test
    @DisplayName("asks isReachable for the sender and the ids in the schema's twelve-digit form")
    void asksIsReachable() throws Exception {
        answer(SoapFixtures.reachabilityResponse(List.of(status(IDS.get(0), "Not", false, true, ""), status(IDS.get(1), "Not", false, true, ""),
                status(IDS.get(2), "Not", false, true, ""))));

        directory.lookup(SENDER, IDS);

        RequestXml request = RequestXml.parse(server.findAll(postRequestedFor(urlPathEqualTo(WireMockDirectoryStub.PATH))).get(0).getBody());
        request.validateAgainst("recipient-v3.xsd");
        assertThat(request.text(Namespaces.RECIPIENT_V3, "senderOrgNr")).isEqualTo(SENDER.canonical());
        assertThat(request.elements(Namespaces.RECIPIENT_V3, "recipientId")).extracting(element -> element.getTextContent())
                .containsExactly(IDS.get(0).canonical(), IDS.get(1).canonical(), IDS.get(2).canonical());
    }

    @Test
    @DisplayName("gives a reachable recipient the operator's id, name and service address")
    void givesTheMailbox() {
        answer(SoapFixtures.reachabilityResponse(List.of(status(IDS.get(0), "Secure", false, true, SUPPLIER))));

        List<Reachability> answers = directory.lookup(SENDER, IDS.subList(0, 1));

        assertThat(answers.get(0).mailbox()).contains(new MailboxAddress("165567828172", "Kivra", "https://kivra.invalid/Service/v3"));
    }

    @Test
    @DisplayName("reads pending before no mailbox, and no mailbox before a blocked sender")
    void readsTheAnswersInOrderOfPrecedence() {
        answer(SoapFixtures.reachabilityResponse(List.of(
                status(IDS.get(0), "Secure", true, false, SUPPLIER),
                status(IDS.get(1), "Secure", false, true, ""),
                status(IDS.get(2), "Not", false, false, ""))));

        List<Reachability> answers = directory.lookup(SENDER, IDS);

        assertThat(answers).extracting(Reachability::status).containsExactly(Status.PENDING, Status.NO_MAILBOX, Status.NO_MAILBOX);
    }

    @Test
    @DisplayName("names the operator of a blocked or pending account, and since when the sender is blocked")
    void keepsTheFactsOfBlockedAndPendingAccounts() {
        answer(SoapFixtures.reachabilityResponse(List.of(
                SoapFixtures.reachabilityStatus(IDS.get(0).canonical(), "Secure", false, false, Optional.of(SUPPLIER),
                        Optional.of("2026-05-04T10:15:00+02:00")),
                SoapFixtures.reachabilityStatus(IDS.get(1).canonical(), "Secure", true, true, Optional.of(SUPPLIER),
                        Optional.of("2026-01-02T03:04:05")),
                status(IDS.get(2), "Secure", false, true, SUPPLIER))));

        List<Reachability> answers = directory.lookup(SENDER, IDS);

        MailboxAddress kivra = new MailboxAddress("165567828172", "Kivra", "https://kivra.invalid/Service/v3");
        assertThat(answers.get(0)).isEqualTo(Reachability.blocked(IDS.get(0), kivra, Optional.of(Instant.parse("2026-05-04T08:15:00Z"))));
        assertThat(answers.get(1).status()).isEqualTo(Status.PENDING);
        assertThat(answers.get(1).mailbox()).contains(kivra);
        // Without an offset the time is Swedish (winter: UTC+1).
        assertThat(answers.get(1).senderAcceptChangedAt()).contains(Instant.parse("2026-01-02T02:04:05Z"));
        assertThat(answers.get(2).senderAcceptChangedAt()).isEmpty();
    }

    @Test
    @DisplayName("a LastSenderAcceptChange that is not a time is a clear error")
    void aLastSenderAcceptChangeThatIsNotATime() {
        answer(SoapFixtures.reachabilityResponse(List.of(SoapFixtures.reachabilityStatus(IDS.get(0).canonical(), "Secure", false, false,
                Optional.of(SUPPLIER), Optional.of("last spring")))));

        assertThatThrownBy(() -> directory.lookup(SENDER, IDS.subList(0, 1))).hasMessageContaining("LastSenderAcceptChange")
                .hasMessageContaining("last spring");
    }

    @Test
    @DisplayName("asks nothing for an empty batch, and refuses one too large or with an id twice")
    void checksTheBatch() {
        List<RecipientId> tooMany = TestIds.people(600_000, 1001);
        List<RecipientId> twice = List.of(IDS.get(0), IDS.get(0));

        assertThat(directory.lookup(SENDER, List.of())).isEmpty();
        assertThatThrownBy(() -> directory.lookup(SENDER, tooMany)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> directory.lookup(SENDER, twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(IDS.get(0).masked());
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(WireMockDirectoryStub.PATH)))).isEmpty();
    }

    @Test
    @DisplayName("an answer that is not XML is a clear error")
    void anAnswerThatIsNotXml() {
        answer("Service temporarily moved");

        assertFailsWith("malformed answer: it is not well-formed XML");
    }

    @Test
    @DisplayName("an answer with fewer statuses than ids is a clear error")
    void tooFewAnswers() {
        answer(SoapFixtures.reachabilityResponse(List.of(status(IDS.get(0), "Not", false, true, ""))));

        assertFailsWith("it has 1 answers for 3 recipient ids");
    }

    @Test
    @DisplayName("an answer for an id that was not asked is a clear error, the id masked")
    void anAnswerForAnotherId() {
        RecipientId stranger = TestIds.person(1);
        answer(SoapFixtures.reachabilityResponse(List.of(status(IDS.get(0), "Not", false, true, ""), status(IDS.get(1), "Not", false, true, ""),
                status(stranger, "Not", false, true, ""))));

        ProviderException failure = assertFailsWith("is for a recipient id that was not asked (" + stranger.masked() + ")");
        assertThat(UnmaskedForms.appearIn(failure.getMessage(), stranger)).isFalse();
    }

    @Test
    @DisplayName("an id answered twice is a clear error")
    void anIdAnsweredTwice() {
        answer(SoapFixtures.reachabilityResponse(List.of(status(IDS.get(0), "Not", false, true, ""), status(IDS.get(1), "Not", false, true, ""),
                status(IDS.get(1), "Not", false, true, ""))));

        assertFailsWith("answers for " + IDS.get(1).masked() + " twice");
    }

    @Test
    @DisplayName("an answer without SenderAccepted is a clear error")
    void aMissingElement() {
        answer(SoapFixtures.reachabilityResponse(allNot()).replace("<ns2:SenderAccepted>true</ns2:SenderAccepted>", ""));

        assertFailsWith("return has no SenderAccepted");
    }

    @Test
    @DisplayName("an operator without a service address is a clear error")
    void aSupplierWithoutServiceAddress() {
        String supplierWithoutAddress = SUPPLIER.replace("<ns2:ServiceAdress>https://kivra.invalid/Service/v3</ns2:ServiceAdress>", "");
        answer(SoapFixtures.reachabilityResponse(List.of(status(IDS.get(0), "Secure", false, true, supplierWithoutAddress))));

        assertThatThrownBy(() -> directory.lookup(SENDER, IDS.subList(0, 1))).isInstanceOf(ProviderException.class)
                .hasMessageContaining("ServiceSupplier has no ServiceAdress");
    }

    @Test
    @DisplayName("an unknown account type is a clear error")
    void anUnknownAccountType() {
        answer(SoapFixtures.reachabilityResponse(allNot()).replaceFirst("<ns2:Type>Not</ns2:Type>", "<ns2:Type>Premium</ns2:Type>"));

        assertFailsWith("is 'Premium', not Secure, Anonymous or Not");
    }

    @Test
    @DisplayName("another operation's answer is a clear error")
    void anotherOperationsAnswer() {
        answer(SoapFixtures.envelope("<x:isRegisteredResponse xmlns:x=\"http://minameddelanden.gov.se/schema/Recipient/v3\"/>"));

        assertFailsWith("holds isRegisteredResponse where isReachableResponse belongs");
    }

    @Test
    @DisplayName("a document type declaration is refused, so no entity is ever read or expanded")
    void refusesDocumentTypeDeclarations() {
        answer("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + SoapFixtures.reachabilityResponse(allNot()).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                        .replace("<ns2:Type>Not</ns2:Type>", "<ns2:Type>&secret;</ns2:Type>"));

        assertFailsWith("DOCTYPE");
    }

    @Test
    @DisplayName("a SOAP fault is an error that quotes it, the identity number masked")
    void aSoapFault() {
        answer(500, SoapFixtures.fault("Client", "Unknown recipient " + IDS.get(2).canonical(), Optional.of(4999)));

        ProviderException failure = assertFailsWith("SOAP fault Client: Unknown recipient " + IDS.get(2).masked() + " (error 4999");
        assertThat(failure.getMessage()).contains("HTTP 500");
    }

    @Test
    @DisplayName("an HTTP 503 is an error that gives the status and the Retry-After")
    void aServiceUnavailable() {
        server.stubFor(post(urlPathEqualTo(WireMockDirectoryStub.PATH)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));

        assertFailsWith("HTTP 503, Retry-After 30");
    }

    @Test
    @DisplayName("a dropped connection is an error that says so")
    void aDroppedConnection() {
        server.stubFor(post(urlPathEqualTo(WireMockDirectoryStub.PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertFailsWith("The connection failed");
    }

    @Test
    @DisplayName("no answer within the time-out is an error that says so")
    void noAnswer() {
        server.stubFor(post(urlPathEqualTo(WireMockDirectoryStub.PATH)).willReturn(xml(200, SoapFixtures.reachabilityResponse(allNot()))
                .withFixedDelay((int) TestSetup.TIMEOUT.plusMillis(1_000).toMillis())));

        assertFailsWith("No answer within " + TestSetup.TIMEOUT.toMillis() + " ms");
    }

    private ProviderException assertFailsWith(String words) {
        ProviderException failure = (ProviderException) org.assertj.core.api.Assertions.catchThrowable(() -> directory.lookup(SENDER, IDS));
        assertThat(failure).as("a ProviderException").isNotNull();
        assertThat(failure.getMessage()).startsWith("The Recipient service at " + server.baseUrl()).contains(words);
        for (RecipientId id : IDS) {
            assertThat(UnmaskedForms.appearIn(failure.getMessage(), id)).as("the message shows an id unmasked: %s", failure.getMessage()).isFalse();
        }
        return failure;
    }

    private static List<String> allNot() {
        List<String> statuses = new ArrayList<>();
        IDS.forEach(id -> statuses.add(status(id, "Not", false, true, "")));
        return statuses;
    }

    private static String status(RecipientId id, String type, boolean pending, boolean senderAccepted, String supplier) {
        return SoapFixtures.reachabilityStatus(id.canonical(), type, pending, senderAccepted, supplier.isEmpty() ? Optional.empty() : Optional.of(supplier));
    }

    private void answer(String body) {
        answer(200, body);
    }

    private void answer(int status, String body) {
        server.stubFor(post(urlPathEqualTo(WireMockDirectoryStub.PATH)).willReturn(xml(status, body)));
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return WireMockOperatorStub.xml(status, body);
    }
}
