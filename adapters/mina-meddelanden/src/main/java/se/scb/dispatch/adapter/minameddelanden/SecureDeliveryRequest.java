package se.scb.dispatch.adapter.minameddelanden;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.w3c.dom.Element;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.template.SupportInfo;

/**
 * Writes the {@code deliverSecure} request (Service.wsdl, v3) for one letter: a {@code SealedDelivery}
 * whose {@code SignedDelivery} is signed by the sender and whose seal is signed again by the
 * intermediary. Element names and order follow schema/v3/Message.xsd and the v1/v2 types it uses.
 *
 * <p>The letter's message id is the message's {@code Id} and the delivery's {@code Reference} on
 * every attempt, so the operator can recognise a repeat; the case id, when there is one, is the
 * {@code CorrelationId}.
 */
final class SecureDeliveryRequest {

    static final String SIGNED_DELIVERY_ID = "signed-delivery";
    static final String SEALED_DELIVERY_ID = "sealed-delivery";
    static final String TEXT = "text/plain";
    static final String HTML = "text/html";

    private final SigningKey senderKey;
    private final SigningKey sealKey;
    private final Clock clock;

    SecureDeliveryRequest(SigningKey senderKey, SigningKey sealKey, Clock clock) {
        this.senderKey = Objects.requireNonNull(senderKey, "senderKey");
        this.sealKey = Objects.requireNonNull(sealKey, "sealKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The whole SOAP request for the letter, signed and sealed, as UTF-8 bytes. */
    byte[] envelope(Letter letter) {
        Element body = Soap.newEnvelopeBody();
        declarePrefixes(body.getOwnerDocument().getDocumentElement());
        Element operation = Xml.append(body, Namespaces.SERVICE_V3, "s3:deliverSecure");
        Element sealed = Xml.append(operation, Namespaces.SERVICE_V3, "s3:deliverSecure");

        Element signed = Xml.append(sealed, Namespaces.MESSAGE_V3, "m3:SignedDelivery");
        Element delivery = Xml.append(signed, Namespaces.MESSAGE_V3, "m3:Delivery");
        appendDeliveryHeader(delivery, letter);
        appendMessage(delivery, letter.messageId(), letter.message());
        XmlSigner.signEnveloped(signed, SIGNED_DELIVERY_ID, senderKey);

        appendSeal(sealed);
        XmlSigner.signEnveloped(sealed, SEALED_DELIVERY_ID, sealKey);
        return Xml.write(body.getOwnerDocument());
    }

    /**
     * Declares every prefix on the envelope as an attribute. A DOM built in code knows each element's
     * namespace, but canonicalisation renders declarations from attributes: without them the digest
     * would be computed over other text than the receiver reads.
     */
    private static void declarePrefixes(Element envelope) {
        Xml.declare(envelope, "soap", Namespaces.SOAP);
        Xml.declare(envelope, "s3", Namespaces.SERVICE_V3);
        Xml.declare(envelope, "m3", Namespaces.MESSAGE_V3);
        Xml.declare(envelope, "m2", Namespaces.MESSAGE_V2);
        Xml.declare(envelope, "m", Namespaces.MESSAGE);
        Xml.declare(envelope, "sender", Namespaces.SENDER);
    }

    /** {@code SecureDeliveryHeader} (Message/v2): sender, recipient, reference, correlation id. */
    private static void appendDeliveryHeader(Element delivery, Letter letter) {
        Element header = Xml.append(delivery, Namespaces.MESSAGE_V3, "m3:Header");
        Element sender = Xml.append(header, Namespaces.MESSAGE_V2, "m2:Sender");
        Xml.append(sender, Namespaces.SENDER, "sender:Id", letter.message().sender().organisationNumber().canonical());
        Xml.append(sender, Namespaces.SENDER, "sender:Name", letter.message().sender().name());
        Xml.append(header, Namespaces.MESSAGE_V2, "m2:Recipient", wireForm(letter.recipient()));
        Xml.append(header, Namespaces.MESSAGE_V2, "m2:Reference", letter.messageId());
        letter.caseId().ifPresent(caseId -> Xml.append(header, Namespaces.MESSAGE_V2, "m2:CorrelationId", caseId));
    }

    /** {@code SecureMessage} (Message/v3): header, one body, the PDF attachments. */
    private static void appendMessage(Element delivery, String messageId, RenderedMessage message) {
        Element secureMessage = Xml.append(delivery, Namespaces.MESSAGE_V3, "m3:Message");
        Element header = Xml.append(secureMessage, Namespaces.MESSAGE_V3, "m3:Header");
        Xml.append(header, Namespaces.MESSAGE_V3, "m3:Id", messageId);
        Xml.append(header, Namespaces.MESSAGE_V3, "m3:Subject", message.subject());
        appendSupportInfo(header, message.supportInfo().orElse(SupportInfo.of("")));
        Xml.append(header, Namespaces.MESSAGE_V3, "m3:Language", message.language());

        Element body = Xml.append(secureMessage, Namespaces.MESSAGE_V3, "m3:Body");
        Xml.append(body, Namespaces.MESSAGE, "m:ContentType", bodyContentType(message));
        Xml.append(body, Namespaces.MESSAGE, "m:Body", base64(bodyText(message).getBytes(StandardCharsets.UTF_8)));

        for (Attachment attachment : message.attachments()) {
            byte[] content = attachment.content();
            Element element = Xml.append(secureMessage, Namespaces.MESSAGE_V3, "m3:Attachment");
            Xml.append(element, Namespaces.MESSAGE, "m:ContentType", attachment.contentType());
            Xml.append(element, Namespaces.MESSAGE, "m:Body", base64(content));
            Xml.append(element, Namespaces.MESSAGE, "m:Checksum", checksum(content));
            Xml.append(element, Namespaces.MESSAGE, "m:Filename", attachment.fileName());
        }
    }

    /** {@code Supportinfo} is required, with a {@code Text} that may be empty; the rest only when given. */
    private static void appendSupportInfo(Element header, SupportInfo info) {
        Element support = Xml.append(header, Namespaces.MESSAGE_V3, "m3:Supportinfo");
        Xml.append(support, Namespaces.MESSAGE_V3, "m3:Text", info.text());
        info.url().ifPresent(url -> Xml.append(support, Namespaces.MESSAGE_V3, "m3:URL", url));
        info.phone().ifPresent(phone -> Xml.append(support, Namespaces.MESSAGE_V3, "m3:PhoneNumber", phone));
        info.email().ifPresent(email -> Xml.append(support, Namespaces.MESSAGE_V3, "m3:EmailAdress", email));
    }

    /** {@code Seal} (Message, v1): the day the intermediary received the delivery, and that its signatures are good. */
    private void appendSeal(Element sealed) {
        Element seal = Xml.append(sealed, Namespaces.MESSAGE_V3, "m3:Seal");
        // xs:date, the day in Sweden.
        Xml.append(seal, Namespaces.MESSAGE, "m:ReceivedTime", LocalDate.now(clock.withZone(RecipientId.SWEDEN)).toString());
        // We wrote and signed the SignedDelivery ourselves a moment ago.
        Xml.append(seal, Namespaces.MESSAGE, "m:SignaturesOK", "true");
    }

    /**
     * The message body carries one content: the HTML when the message has it (richer, and every
     * value in it is escaped), else the plain text, else an empty plain text (a letter of attachments only).
     */
    static String bodyContentType(RenderedMessage message) {
        return message.html().isPresent() ? HTML : TEXT;
    }

    private static String bodyText(RenderedMessage message) {
        return message.html().or(message::text).orElse("");
    }

    /** The schema's {@code RecipientId}: the twelve digits without separator. */
    static String wireForm(RecipientId recipient) {
        return recipient.canonical();
    }

    /** The attachment's {@code Checksum}: MD5 of the content in upper-case hex, as Mina meddelanden's clients compute it. */
    static String checksum(byte[] content) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no MD5, which every Java platform must have.", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
