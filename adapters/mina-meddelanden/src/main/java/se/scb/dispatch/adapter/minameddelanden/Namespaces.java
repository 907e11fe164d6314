package se.scb.dispatch.adapter.minameddelanden;

import javax.xml.crypto.dsig.XMLSignature;

/** The XML namespaces of SOAP 1.1 and of the Mina meddelanden v3 contracts (Recipient.wsdl, Service.wsdl). */
final class Namespaces {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String DSIG = XMLSignature.XMLNS;

    private static final String SCHEMA = "http://minameddelanden.gov.se/schema/";

    static final String RECIPIENT = SCHEMA + "Recipient";
    static final String RECIPIENT_V3 = SCHEMA + "Recipient/v3";
    static final String SERVICE = SCHEMA + "Service";
    static final String SERVICE_V3 = SCHEMA + "Service/v3";
    static final String MESSAGE = SCHEMA + "Message";
    static final String MESSAGE_V2 = SCHEMA + "Message/v2";
    static final String MESSAGE_V3 = SCHEMA + "Message/v3";
    static final String SENDER = SCHEMA + "Sender";
    static final String COMMON_V3 = SCHEMA + "Common/v3";

    private Namespaces() {
    }
}
