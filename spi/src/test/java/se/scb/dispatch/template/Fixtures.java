package se.scb.dispatch.template;

import se.scb.dispatch.id.OrganisationNumber;

/** Shared values for the template tests. */
final class Fixtures {

    static final Sender SENDER = new Sender(new OrganisationNumber("162021005489"), "Statistikmyndigheten SCB");

    private Fixtures() {
    }

    /** The smallest file a PDF reader would open: a header, one empty page, the xref table and a trailer. */
    static byte[] pdf() {
        return TestPdfs.onePage();
    }

    /** A template with only a subject and a text body, to which tests add what they need. */
    static MessageTemplate.Builder minimal() {
        return MessageTemplate.builder().sender(SENDER).subject("Enkät om arbetsmarknaden").text("Hej!");
    }
}
