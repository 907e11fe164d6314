package se.scb.dispatch.template;

import java.nio.charset.StandardCharsets;
import se.scb.dispatch.id.OrganisationNumber;

/** Shared values for the template tests. */
final class Fixtures {

    static final Sender SENDER = new Sender(new OrganisationNumber("162021005489"), "Statistikmyndigheten SCB");

    private Fixtures() {
    }

    /** The smallest file a PDF reader would open: a header, one empty page and a trailer. */
    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** A template with only a subject and a text body, to which tests add what they need. */
    static MessageTemplate.Builder minimal() {
        return MessageTemplate.builder().sender(SENDER).subject("Enkät om arbetsmarknaden").text("Hej!");
    }
}
