package se.scb.dispatch.adapter.minameddelanden;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;

/**
 * Translates the answer to {@code deliverSecure} into a {@link DeliveryResult}. The rules:
 * <ul>
 *   <li>HTTP 200 with {@code deliverSecureResponse} whose status for the recipient says delivered:
 *       delivered, code {@code 200}; says not delivered: rejected, {@code NOT_DELIVERED}.</li>
 *   <li>HTTP 429 or 503: transient, with the {@code Retry-After} if any, whatever the body.</li>
 *   <li>A SOAP fault (SOAP 1.1 sends them with HTTP 500, some servers with 400 or 200): by its fault
 *       code. {@code Server} faults are the operator's own trouble and transient; {@code Client} faults
 *       (schema, signature, unknown recipient …) and any other code say the request is wrong, so
 *       rejected. The code is the fault code with the {@code applicationFault} error code, e.g. {@code Client/5001}.</li>
 *   <li>Any other 5xx, and 408: transient. Any other status: rejected, with the status as code.</li>
 *   <li>HTTP 200 that cannot be read: transient ({@code MALFORMED_ANSWER}); sending again is safe,
 *       since the operator drops a repeated message id.</li>
 * </ul>
 */
final class DeliveryAnswers {

    private DeliveryAnswers() {
    }

    static DeliveryResult of(SoapAnswer answer, Letter letter, Clock clock) {
        Optional<Duration> retryAfter = answer.retryAfter(clock);
        if (answer.status() == 429 || answer.status() == 503) {
            return DeliveryResult.transientFailure(String.valueOf(answer.status()),
                    "HTTP " + answer.status() + ": the operator asks to try again later" + retryAfter.map(d -> " (after " + d.getSeconds() + " s)").orElse("") + ".",
                    retryAfter);
        }
        Optional<SoapFault> fault = Soap.faultIn(answer.body());
        if (fault.isPresent()) {
            return ofFault(fault.get(), answer.status(), retryAfter);
        }
        if (answer.isOk()) {
            return ofResponse(answer, letter);
        }
        String sentence = "HTTP " + answer.status() + " without a SOAP fault from " + letter.mailbox().operatorName() + ".";
        if (answer.status() >= 500 || answer.status() == 408) {
            return DeliveryResult.transientFailure(String.valueOf(answer.status()), sentence, retryAfter);
        }
        return DeliveryResult.rejected(String.valueOf(answer.status()), sentence);
    }

    static DeliveryResult ofTransportFault(Throwable failure, Duration timeout) {
        TransportFault fault = TransportFault.of(failure, timeout);
        return DeliveryResult.transientFailure(fault.code(), fault.message(), Optional.empty());
    }

    private static DeliveryResult ofFault(SoapFault fault, int status, Optional<Duration> retryAfter) {
        String sentence = fault.describe() + " (HTTP " + status + ").";
        if (fault.isServerFault()) {
            return DeliveryResult.transientFailure(fault.logCode(), sentence, retryAfter);
        }
        return DeliveryResult.rejected(fault.logCode(), sentence);
    }

    private static DeliveryResult ofResponse(SoapAnswer answer, Letter letter) {
        try {
            Element response = Soap.bodyContent(answer.body());
            if (!"deliverSecureResponse".equals(response.getLocalName()) || !Namespaces.SERVICE_V3.equals(response.getNamespaceURI())) {
                throw new MalformedAnswerException("its SOAP body holds " + response.getLocalName() + " where deliverSecureResponse belongs");
            }
            Element result = Xml.required(response, Namespaces.SERVICE_V3, "return");
            String transactionId = Xml.requiredText(result, Namespaces.SERVICE, "TransId");
            boolean delivered = deliveredFlag(Xml.children(result, Namespaces.SERVICE, "Status"), letter);
            String operator = letter.mailbox().operatorName();
            if (delivered) {
                return DeliveryResult.delivered("200", "Delivered to " + operator + ", transaction " + IdentityNumbers.mask(transactionId) + ".");
            }
            return DeliveryResult.rejected("NOT_DELIVERED", operator + " answered that the letter was not delivered, transaction "
                    + IdentityNumbers.mask(transactionId) + ".");
        } catch (MalformedAnswerException e) {
            return DeliveryResult.transientFailure("MALFORMED_ANSWER", "The answer from " + letter.mailbox().operatorName() + " is malformed: "
                    + e.getMessage() + "; the letter is sent again under the same message id.", Optional.empty());
        }
    }

    /** {@code Delivered} of the status for the letter's recipient; the answer must name them. */
    private static boolean deliveredFlag(List<Element> statuses, Letter letter) {
        String recipient = SecureDeliveryRequest.wireForm(letter.recipient());
        for (Element status : statuses) {
            if (recipient.equals(Xml.requiredText(status, Namespaces.SERVICE, "RecipientId"))) {
                return Xml.requiredBoolean(status, Namespaces.SERVICE, "Delivered");
            }
        }
        throw new MalformedAnswerException("it has " + statuses.size() + " status(es) and none for the recipient " + letter.recipient().masked());
    }
}
