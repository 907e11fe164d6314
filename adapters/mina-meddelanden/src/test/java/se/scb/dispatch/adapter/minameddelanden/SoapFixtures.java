package se.scb.dispatch.adapter.minameddelanden;

import java.util.List;
import java.util.Optional;

/**
 * Answers of the Recipient and Service endpoints, written for these tests from Recipient.wsdl,
 * Service.wsdl and their v3 schemas. The prefixes differ from the adapter's on purpose: only the
 * namespaces may matter.
 */
final class SoapFixtures {

    static final String XML = "text/xml; charset=utf-8";

    private SoapFixtures() {
    }

    static String envelope(String bodyContent) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>" + bodyContent + "</S:Body></S:Envelope>";
    }

    /** {@code isReachableResponse} holding the given {@code return} elements. */
    static String reachabilityResponse(List<String> returns) {
        return envelope("<ns3:isReachableResponse xmlns:ns3=\"http://minameddelanden.gov.se/schema/Recipient/v3\""
                + " xmlns:ns2=\"http://minameddelanden.gov.se/schema/Recipient\">" + String.join("", returns) + "</ns3:isReachableResponse>");
    }

    /** One {@code return} (ReachabilityStatus) for the 12-digit id. */
    static String reachabilityStatus(String wireId, String type, boolean pending, boolean senderAccepted, Optional<String> supplier) {
        return reachabilityStatus(wireId, type, pending, senderAccepted, supplier, Optional.empty());
    }

    /** A status with {@code LastSenderAcceptChange}, when given. */
    static String reachabilityStatus(String wireId, String type, boolean pending, boolean senderAccepted, Optional<String> supplier,
            Optional<String> lastSenderAcceptChange) {
        return "<ns3:return><ns2:AccountStatus>"
                + "<ns2:RecipientId>" + wireId + "</ns2:RecipientId>"
                + "<ns2:Type>" + type + "</ns2:Type>"
                + "<ns2:Pending>" + pending + "</ns2:Pending>"
                + supplier.orElse("")
                + "</ns2:AccountStatus>"
                + "<ns2:SenderAccepted>" + senderAccepted + "</ns2:SenderAccepted>"
                + lastSenderAcceptChange.map(time -> "<ns2:LastSenderAcceptChange>" + time + "</ns2:LastSenderAcceptChange>").orElse("")
                + "</ns3:return>";
    }

    /** A {@code ServiceSupplier} with every required element, and the optional logo and UI address. */
    static String supplier(String id, String name, String serviceAddress) {
        return "<ns2:ServiceSupplier>"
                + "<ns2:Id>" + id + "</ns2:Id>"
                + "<ns2:Name>" + name + "</ns2:Name>"
                + "<ns2:Logo>https://operator.invalid/logo.png</ns2:Logo>"
                + "<ns2:ServiceAdress>" + serviceAddress + "</ns2:ServiceAdress>"
                + "<ns2:UIAdress>https://operator.invalid/</ns2:UIAdress>"
                + "<ns2:InternalServiceAdress>https://internal.operator.invalid/Service/v3</ns2:InternalServiceAdress>"
                + "</ns2:ServiceSupplier>";
    }

    /** {@code deliverSecureResponse} with one status for the 12-digit id. */
    static String deliveryResponse(String wireId, boolean delivered) {
        return envelope("<v3:deliverSecureResponse xmlns:v3=\"http://minameddelanden.gov.se/schema/Service/v3\""
                + " xmlns:svc=\"http://minameddelanden.gov.se/schema/Service\"><v3:return>"
                + "<svc:TransId>trans-0001</svc:TransId>"
                + "<svc:Status><svc:RecipientId>" + wireId + "</svc:RecipientId><svc:Delivered>" + delivered + "</svc:Delivered></svc:Status>"
                + "</v3:return></v3:deliverSecureResponse>");
    }

    /** A SOAP 1.1 fault, with an {@code applicationFault} detail when an error code is given. */
    static String fault(String code, String text, Optional<Integer> errorCode) {
        String detail = errorCode.map(error -> "<detail><c3:applicationFault xmlns:c3=\"http://minameddelanden.gov.se/schema/Common/v3\">"
                + "<c3:ErrorCode>" + error + "</c3:ErrorCode><c3:Description>" + text + "</c3:Description>"
                + "<c3:CallId>call-0123456789abcdefghij</c3:CallId></c3:applicationFault></detail>").orElse("");
        return envelope("<S:Fault><faultcode>S:" + code + "</faultcode><faultstring>" + text + "</faultstring>" + detail + "</S:Fault>");
    }
}
