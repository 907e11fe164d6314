package se.scb.dispatch.adapter.minameddelanden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.template.SupportInfo;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;

/** The deliverSecure request: its shape against the schema, its two signatures, and what it carries. */
class SecureDeliveryRequestTest {

    private static final MailboxAddress MAILBOX = new MailboxAddress("165567828172", "Test operator", "https://operator.invalid/Service/v3");
    private static final RecipientId RECIPIENT = TestIds.person(7);
    // 23:30 UTC on 31 May is already 1 June in Sweden.
    private static final Clock LATE_EVENING = Clock.fixed(Instant.parse("2024-05-31T23:30:00Z"), ZoneOffset.UTC);
    private static final byte[] PDF = "%PDF-1.4\n% a test document\n".getBytes(StandardCharsets.US_ASCII);

    private static SecureDeliveryRequest requests;
    private static Path senderStore;
    private static Path sealStore;

    @BeforeAll
    static void makeKeys() {
        senderStore = TestKeys.sender();
        sealStore = TestKeys.intermediary();
        requests = new SecureDeliveryRequest(
                KeyStores.signingKey(KeyStoreFile.of(senderStore, TestKeys.PASSWORD), MinaMeddelandenConfig.KEYSTORE),
                KeyStores.signingKey(KeyStoreFile.of(sealStore, TestKeys.PASSWORD), MinaMeddelandenConfig.SEAL_KEYSTORE),
                LATE_EVENING);
    }

    @Test
    @DisplayName("validates against the schema, with every optional part the adapter sends")
    void validatesAgainstTheSchema() throws Exception {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));

        request.validateAgainst("service-v3.xsd");
        assertThat(request.operation().getLocalName()).isEqualTo("deliverSecure");
    }

    @Test
    @DisplayName("the schema check catches a request out of shape")
    void theSchemaCheckCatchesARequestOutOfShape() {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));
        Element language = request.element(Namespaces.MESSAGE_V3, "Language");
        language.getParentNode().removeChild(language);

        assertThatThrownBy(() -> request.validateAgainst("service-v3.xsd")).isInstanceOf(SAXException.class).hasMessageContaining("Language");
    }

    @Test
    @DisplayName("writes the signatures' base64 values without line breaks")
    void writesSignatureValuesOnOneLine() {
        String request = new String(requests.envelope(fullLetter()), StandardCharsets.UTF_8);

        assertThat(request).doesNotContain("&#13;").doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    @DisplayName("validates against the schema without support information, case id or attachments")
    void validatesWhenBare() throws Exception {
        RenderedMessage bare = new RenderedMessage(TestLetters.SENDER, "Testbrev", Optional.of("Hej"), Optional.empty(), List.of(), "sv",
                Optional.empty());
        RequestXml request = RequestXml.parse(requests.envelope(new Letter("m-1", RECIPIENT, MAILBOX, bare, Optional.empty())));

        request.validateAgainst("service-v3.xsd");
        assertThat(request.text(Namespaces.MESSAGE_V3, "Text")).isEmpty();
        assertThat(request.elements(Namespaces.MESSAGE_V2, "CorrelationId")).isEmpty();
    }

    @Test
    @DisplayName("is signed by the sender and sealed by the intermediary, each signature verifying with its certificate")
    void isSignedAndSealed() throws Exception {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));

        assertThat(request.verify(RequestXml.signatureOf(signedDelivery(request))))
                .contains(TestKeys.certificate(senderStore, TestKeys.SENDER_ALIAS));
        assertThat(request.verify(RequestXml.signatureOf(sealedDelivery(request))))
                .contains(TestKeys.certificate(sealStore, TestKeys.SEAL_ALIAS));
    }

    @Test
    @DisplayName("a changed letter breaks both signatures")
    void aChangedLetterBreaksBothSignatures() throws Exception {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));

        request.element(Namespaces.MESSAGE_V3, "Subject").setTextContent("Another subject");

        assertThat(request.verify(RequestXml.signatureOf(signedDelivery(request)))).isEmpty();
        assertThat(request.verify(RequestXml.signatureOf(sealedDelivery(request)))).isEmpty();
    }

    @Test
    @DisplayName("a changed seal breaks the seal's signature and leaves the sender's intact")
    void aChangedSealBreaksOnlyTheSeal() throws Exception {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));

        request.element(Namespaces.MESSAGE, "SignaturesOK").setTextContent("false");

        assertThat(request.verify(RequestXml.signatureOf(signedDelivery(request)))).isPresent();
        assertThat(request.verify(RequestXml.signatureOf(sealedDelivery(request)))).isEmpty();
    }

    @Test
    @DisplayName("the sender's signature still verifies when the signed delivery is taken out on its own")
    void theSignedDeliveryVerifiesOnItsOwn() throws Exception {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));
        org.w3c.dom.Document alone = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        alone.appendChild(alone.importNode(signedDelivery(request), true));
        RequestXml extracted = RequestXml.parse(serialise(alone));

        assertThat(extracted.verify(RequestXml.signatureOf(extracted.document().getDocumentElement()))).isPresent();
    }

    @Test
    @DisplayName("carries the message id as the message's Id and the delivery's Reference, the same on every attempt")
    void carriesTheMessageIdTheSameEveryTime() {
        Letter letter = fullLetter();

        RequestXml first = RequestXml.parse(requests.envelope(letter));
        RequestXml again = RequestXml.parse(requests.envelope(letter));

        for (RequestXml request : List.of(first, again)) {
            assertThat(request.text(Namespaces.MESSAGE_V3, "Id")).isEqualTo(letter.messageId());
            assertThat(request.text(Namespaces.MESSAGE_V2, "Reference")).isEqualTo(letter.messageId());
            assertThat(request.text(Namespaces.MESSAGE_V2, "CorrelationId")).isEqualTo("case-17");
        }
    }

    @Test
    @DisplayName("writes the recipient and the sender as the schema's twelve digits")
    void writesIdsAsTwelveDigits() {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));

        assertThat(request.text(Namespaces.MESSAGE_V2, "Recipient")).isEqualTo(RECIPIENT.canonical()).hasSize(12);
        assertThat(request.text(Namespaces.SENDER, "Id")).isEqualTo("162021000837");
        assertThat(request.text(Namespaces.SENDER, "Name")).isEqualTo(TestLetters.SENDER.name());
    }

    @Test
    @DisplayName("attaches each PDF base64-encoded, with its file name and the MD5 of its bytes as checksum")
    void attachesPdfs() throws Exception {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));
        Element attachment = request.element(Namespaces.MESSAGE_V3, "Attachment");

        assertThat(child(attachment, "ContentType")).isEqualTo("application/pdf");
        assertThat(Base64.getDecoder().decode(child(attachment, "Body"))).isEqualTo(PDF);
        assertThat(child(attachment, "Checksum")).isEqualTo(HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(PDF)));
        assertThat(child(attachment, "Filename")).isEqualTo("information.pdf");
    }

    @Test
    @DisplayName("sends the HTML body when there is one, else the plain text")
    void choosesTheBody() {
        RequestXml withHtml = RequestXml.parse(requests.envelope(fullLetter()));
        RenderedMessage textOnly = new RenderedMessage(TestLetters.SENDER, "Testbrev", Optional.of("Hej på dig"), Optional.empty(), List.of(),
                "sv", Optional.empty());
        RequestXml withText = RequestXml.parse(requests.envelope(new Letter("m-2", RECIPIENT, MAILBOX, textOnly, Optional.empty())));

        assertThat(bodyOf(withHtml)).containsExactly("text/html", "<p>Hej! Det här är ett testbrev.</p>");
        assertThat(bodyOf(withText)).containsExactly("text/plain", "Hej på dig");
    }

    @Test
    @DisplayName("seals with the day of receipt in Sweden and says the signatures are good")
    void sealsWithTheDayInSweden() {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));

        assertThat(request.text(Namespaces.MESSAGE, "ReceivedTime")).isEqualTo("2024-06-01");
        assertThat(request.text(Namespaces.MESSAGE, "SignaturesOK")).isEqualTo("true");
    }

    @Test
    @DisplayName("writes the support information and the language")
    void writesSupportInformation() {
        RequestXml request = RequestXml.parse(requests.envelope(fullLetter()));

        assertThat(request.text(Namespaces.MESSAGE_V3, "Text")).isEqualTo("Frågor? Ring oss.");
        assertThat(request.text(Namespaces.MESSAGE_V3, "URL")).isEqualTo("https://www.scb.se/kontakt");
        assertThat(request.text(Namespaces.MESSAGE_V3, "PhoneNumber")).isEqualTo("010-479 40 00");
        assertThat(request.text(Namespaces.MESSAGE_V3, "EmailAdress")).isEqualTo("scb@scb.se");
        assertThat(request.text(Namespaces.MESSAGE_V3, "Language")).isEqualTo("sv");
    }

    private static Letter fullLetter() {
        SupportInfo support = new SupportInfo("Frågor? Ring oss.", Optional.of("https://www.scb.se/kontakt"), Optional.of("010-479 40 00"),
                Optional.of("scb@scb.se"));
        RenderedMessage message = new RenderedMessage(TestLetters.SENDER, "Enkät om boende", Optional.of("Hej! Det här är ett testbrev."),
                Optional.of("<p>Hej! Det här är ett testbrev.</p>"), List.of(Attachment.of("information.pdf", PDF)), "sv", Optional.of(support));
        return new Letter("dispatch-1-recipient-7", RECIPIENT, MAILBOX, message, Optional.of("case-17"));
    }

    private static Element signedDelivery(RequestXml request) {
        return request.element(Namespaces.MESSAGE_V3, "SignedDelivery");
    }

    private static Element sealedDelivery(RequestXml request) {
        return (Element) request.element(Namespaces.MESSAGE_V3, "Seal").getParentNode();
    }

    private static String child(Element parent, String localName) {
        return parent.getElementsByTagNameNS(Namespaces.MESSAGE, localName).item(0).getTextContent();
    }

    private static List<String> bodyOf(RequestXml request) {
        Element body = request.element(Namespaces.MESSAGE_V3, "Body");
        return List.of(child(body, "ContentType"), new String(Base64.getDecoder().decode(child(body, "Body")), StandardCharsets.UTF_8));
    }

    private static byte[] serialise(org.w3c.dom.Document document) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.xml.transform.TransformerFactory.newInstance().newTransformer()
                .transform(new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }
}
