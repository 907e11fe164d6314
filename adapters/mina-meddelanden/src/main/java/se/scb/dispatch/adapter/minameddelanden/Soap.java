package se.scb.dispatch.adapter.minameddelanden;

import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SOAP 1.1 envelopes: one to send a request in, and the way into the body of an answer. */
final class Soap {

    private Soap() {
    }

    /** A new document with {@code soap:Envelope/soap:Body}; returns the body to put the request in. */
    static Element newEnvelopeBody() {
        Document document = Xml.newDocument();
        Element envelope = document.createElementNS(Namespaces.SOAP, "soap:Envelope");
        document.appendChild(envelope);
        return Xml.append(envelope, Namespaces.SOAP, "soap:Body");
    }

    /**
     * The first element in an answer's {@code soap:Body}: the operation's response or a {@code soap:Fault}.
     *
     * @throws MalformedAnswerException when the answer is not a SOAP 1.1 envelope with a body that holds an element
     */
    static Element bodyContent(byte[] answer) {
        Element envelope = Xml.parse(answer).getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName()) || !Namespaces.SOAP.equals(envelope.getNamespaceURI())) {
            throw new MalformedAnswerException("it is not a SOAP 1.1 envelope (the root element is " + envelope.getLocalName() + ")");
        }
        Element body = Xml.required(envelope, Namespaces.SOAP, "Body");
        return Xml.firstElement(body).orElseThrow(() -> new MalformedAnswerException("its SOAP body is empty"));
    }

    /** The fault an answer holds, if it holds one; empty for any other answer, including one that is not XML. */
    static Optional<SoapFault> faultIn(byte[] answer) {
        try {
            return SoapFault.of(bodyContent(answer));
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }
}
