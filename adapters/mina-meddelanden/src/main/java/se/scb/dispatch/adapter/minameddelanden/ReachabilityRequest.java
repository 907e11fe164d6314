package se.scb.dispatch.adapter.minameddelanden;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.Reachability;

/**
 * The {@code isReachable} call of Recipient.wsdl (v3): the request for a batch, and its answer
 * translated into one {@link Reachability} per asked id, in the order asked.
 *
 * <p>Each {@code ReachabilityStatus} is read in this order, the first that fits deciding:
 * <ol>
 *   <li>{@code AccountStatus/Pending} true: {@link Status#PENDING} (a mailbox being opened), at the
 *       {@code ServiceSupplier} when one is named;</li>
 *   <li>{@code AccountStatus/Type} {@code Not}, or no {@code ServiceSupplier}: {@link Status#NO_MAILBOX}
 *       (without an operator there is nowhere to deliver);</li>
 *   <li>{@code SenderAccepted} false: {@link Status#SENDER_BLOCKED} at the {@code ServiceSupplier};</li>
 *   <li>else {@link Status#REACHABLE} at the {@code ServiceSupplier}.</li>
 * </ol>
 * The supplier's {@code Id}, {@code Name} and {@code ServiceAdress} (so spelt in the schema) become the
 * {@link MailboxAddress}; {@code LastSenderAcceptChange}, when given, says since when the sender is accepted
 * or blocked.
 * Answers are matched to ids by {@code AccountStatus/RecipientId}, not by position.
 */
final class ReachabilityRequest {

    /** The most ids one call may carry (schema/v3/Recipient.xsd: {@code recipientId maxOccurs="1000"}). */
    static final int MAX_IDS = 1000;

    private ReachabilityRequest() {
    }

    static byte[] envelope(OrganisationNumber sender, List<RecipientId> recipients) {
        Element body = Soap.newEnvelopeBody();
        Element envelope = body.getOwnerDocument().getDocumentElement();
        Xml.declare(envelope, "soap", Namespaces.SOAP);
        Xml.declare(envelope, "r3", Namespaces.RECIPIENT_V3);
        Element operation = Xml.append(body, Namespaces.RECIPIENT_V3, "r3:isReachable");
        Xml.append(operation, Namespaces.RECIPIENT_V3, "r3:senderOrgNr", sender.canonical());
        for (RecipientId recipient : recipients) {
            Xml.append(operation, Namespaces.RECIPIENT_V3, "r3:recipientId", SecureDeliveryRequest.wireForm(recipient));
        }
        return Xml.write(body.getOwnerDocument());
    }

    /**
     * The answers, one per asked id in the order asked.
     *
     * @param response the content of the answer's SOAP body, already known not to be a fault
     * @throws MalformedAnswerException when it is not an {@code isReachableResponse}, lacks a required
     *                                  element, or does not answer each asked id exactly once
     */
    static List<Reachability> answers(Element response, List<RecipientId> asked) {
        if (!"isReachableResponse".equals(response.getLocalName()) || !Namespaces.RECIPIENT_V3.equals(response.getNamespaceURI())) {
            throw new MalformedAnswerException("its SOAP body holds " + response.getLocalName() + " where isReachableResponse belongs");
        }
        List<Element> statuses = Xml.children(response, Namespaces.RECIPIENT_V3, "return");
        if (statuses.size() != asked.size()) {
            throw new MalformedAnswerException("it has " + statuses.size() + " answers for " + asked.size() + " recipient ids");
        }
        Map<String, RecipientId> byWireForm = new HashMap<>();
        asked.forEach(id -> byWireForm.put(SecureDeliveryRequest.wireForm(id), id));
        Map<RecipientId, Reachability> answered = new HashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            Reachability reachability = reachability(statuses.get(i), i, byWireForm);
            if (answered.put(reachability.recipient(), reachability) != null) {
                throw new MalformedAnswerException("it answers for " + reachability.recipient().masked() + " twice");
            }
        }
        List<Reachability> inOrder = new ArrayList<>(asked.size());
        for (RecipientId id : asked) {
            // Equal counts and no repeats: every asked id has its answer.
            inOrder.add(answered.get(id));
        }
        return inOrder;
    }

    private static Reachability reachability(Element status, int index, Map<String, RecipientId> asked) {
        Element account = Xml.required(status, Namespaces.RECIPIENT, "AccountStatus");
        String wireForm = Xml.requiredText(account, Namespaces.RECIPIENT, "RecipientId");
        RecipientId recipient = asked.get(wireForm);
        if (recipient == null) {
            throw new MalformedAnswerException("answer " + (index + 1) + " is for a recipient id that was not asked ("
                    + IdentityNumbers.mask(wireForm) + ")");
        }
        String type = Xml.requiredText(account, Namespaces.RECIPIENT, "Type");
        if (!type.equals("Secure") && !type.equals("Anonymous") && !type.equals("Not")) {
            throw new MalformedAnswerException("the account type of " + recipient.masked() + " is '" + IdentityNumbers.mask(type)
                    + "', not Secure, Anonymous or Not");
        }
        boolean pending = Xml.requiredBoolean(account, Namespaces.RECIPIENT, "Pending");
        boolean senderAccepted = Xml.requiredBoolean(status, Namespaces.RECIPIENT, "SenderAccepted");
        Optional<Element> supplier = Xml.child(account, Namespaces.RECIPIENT, "ServiceSupplier");
        Optional<Instant> acceptChanged = Xml.optionalText(status, Namespaces.RECIPIENT, "LastSenderAcceptChange")
                .map(text -> dateTime(text, recipient));
        Optional<MailboxAddress> operator = supplier.map(ReachabilityRequest::mailbox);
        if (pending) {
            return new Reachability(recipient, Status.PENDING, operator, acceptChanged);
        }
        if (type.equals("Not") || operator.isEmpty()) {
            return Reachability.unreachable(recipient, Status.NO_MAILBOX);
        }
        return new Reachability(recipient, senderAccepted ? Status.REACHABLE : Status.SENDER_BLOCKED, operator, acceptChanged);
    }

    /** An xs:dateTime; one without an offset is taken as Swedish time, where the directory runs. */
    private static Instant dateTime(String text, RecipientId recipient) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime withOffset
                    ? withOffset.toInstant()
                    : ((LocalDateTime) parsed).atZone(RecipientId.SWEDEN).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedAnswerException("LastSenderAcceptChange of " + recipient.masked() + " is '" + IdentityNumbers.mask(text)
                    + "', not an xs:dateTime");
        }
    }

    private static MailboxAddress mailbox(Element supplier) {
        return new MailboxAddress(
                Xml.requiredText(supplier, Namespaces.RECIPIENT, "Id"),
                Xml.requiredText(supplier, Namespaces.RECIPIENT, "Name"),
                Xml.requiredText(supplier, Namespaces.RECIPIENT, "ServiceAdress"));
    }
}
