package se.scb.dispatch.adapter.minameddelanden;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Element;
import se.scb.dispatch.id.IdentityNumbers;

/**
 * A SOAP 1.1 fault, with Mina meddelanden's {@code applicationFault} detail when it has one.
 * Texts from the server are masked for identity numbers when read.
 *
 * @param code        the fault code's local part, e.g. {@code Client}, {@code Server}, {@code Client.Schema}
 * @param text        the fault string
 * @param errorCode   {@code applicationFault/ErrorCode}, e.g. {@code 5001}
 * @param description {@code applicationFault/Description}
 * @param callId      {@code applicationFault/CallId}, the operator's id of the call for their support
 */
record SoapFault(String code, String text, Optional<String> errorCode, Optional<String> description, Optional<String> callId) {

    /** The fault, when the body content is one. */
    static Optional<SoapFault> of(Element bodyContent) {
        if (!"Fault".equals(bodyContent.getLocalName()) || !Namespaces.SOAP.equals(bodyContent.getNamespaceURI())) {
            return Optional.empty();
        }
        // faultcode, faultstring and detail are unqualified in SOAP 1.1.
        String code = Xml.optionalText(bodyContent, "", "faultcode").map(SoapFault::localPart).orElse("Unknown");
        String text = IdentityNumbers.mask(Xml.optionalText(bodyContent, "", "faultstring").orElse(""));
        Optional<Element> detail = Xml.child(bodyContent, "", "detail")
                .flatMap(element -> Xml.child(element, Namespaces.COMMON_V3, "applicationFault"));
        return Optional.of(new SoapFault(code, text,
                detail.flatMap(d -> Xml.optionalText(d, Namespaces.COMMON_V3, "ErrorCode")).map(IdentityNumbers::mask),
                detail.flatMap(d -> Xml.optionalText(d, Namespaces.COMMON_V3, "Description")).map(IdentityNumbers::mask),
                detail.flatMap(d -> Xml.optionalText(d, Namespaces.COMMON_V3, "CallId")).map(IdentityNumbers::mask)));
    }

    /**
     * Whether the server says the fault is its own ({@code Server}), so the same request may succeed later.
     * {@code Client} faults (a schema, signature or recipient error) and the rest ({@code VersionMismatch},
     * {@code MustUnderstand}, unknown codes) say the request itself is wrong.
     */
    boolean isServerFault() {
        return code.toLowerCase(Locale.ROOT).startsWith("server");
    }

    /** The code for the dispatch log, e.g. {@code Client/5001} or {@code Server}. */
    String logCode() {
        return errorCode.map(error -> code + "/" + error).orElse(code);
    }

    /** Words about the fault for a sentence, e.g. {@code SOAP fault Client: Invalid signature (error 5001; call id ...)}. */
    String describe() {
        StringBuilder words = new StringBuilder("SOAP fault ").append(code);
        if (!text.isEmpty()) {
            words.append(": ").append(text);
        }
        List<String> details = new ArrayList<>(2);
        // Servers often repeat the fault string as the description.
        Optional<String> newDescription = description.filter(d -> !d.equals(text));
        errorCode.ifPresent(error -> details.add("error " + error + newDescription.map(d -> ": " + d).orElse("")));
        if (errorCode.isEmpty()) {
            newDescription.ifPresent(details::add);
        }
        callId.ifPresent(id -> details.add("call id " + id));
        if (!details.isEmpty()) {
            words.append(" (").append(String.join("; ", details)).append(')');
        }
        return words.toString();
    }

    private static String localPart(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
    }
}
