package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfStructureTest {

    @Test
    void aPdfWithATableAndTrailerIsSound() {
        assertThat(PdfStructure.problem(TestPdfs.onePage())).isEmpty();
    }

    @Test
    void aPdfWithACrossReferenceStreamIsSound() {
        String body = "%PDF-1.5\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n";
        int xref = body.length();
        String pdf = body + "5 0 obj << /Type/XRef /Size 6 /W [1 2 1] /Root 1 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n"
                + "startxref\n" + xref + "\n%%EOF";
        assertThat(PdfStructure.problem(ascii(pdf))).isEmpty();
    }

    @Test
    void onlyTheMagicBytesIsNotAPdf() {
        assertThat(PdfStructure.problem(ascii("%PDF-1.4 this is no pdf"))).hasValueSatisfying(problem -> assertThat(problem).contains("%%EOF"));
    }

    @Test
    void aFileCutShortHasNoEnd() {
        byte[] whole = TestPdfs.onePage();
        byte[] cut = Arrays.copyOf(whole, whole.length - 12);

        assertThat(PdfStructure.problem(cut)).hasValueSatisfying(problem -> assertThat(problem).contains("cut short"));
    }

    @Test
    void anEndTooFarFromTheLastByteDoesNotCount() {
        byte[] padded = (new String(TestPdfs.onePage(), StandardCharsets.ISO_8859_1) + " ".repeat(PdfStructure.EOF_WINDOW))
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(PdfStructure.problem(padded)).hasValueSatisfying(problem -> assertThat(problem).contains("%%EOF"));
    }

    @Test
    void startxrefMustBeThereAndPointAtACrossReferenceSection() {
        assertThat(PdfStructure.problem(ascii("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("no 'startxref'"));
        assertThat(PdfStructure.problem(ascii("%PDF-1.4\nxref\ntrailer << /Root 1 0 R >>\nstartxref\n0\n%%EOF\n")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("points at byte 0, where there is no cross-reference"));
        assertThat(PdfStructure.problem(ascii("%PDF-1.4\nstartxref\n999\n%%EOF\n")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("beyond"));
    }

    @Test
    void anObjectThatIsNoCrossReferenceStreamIsNamed() {
        String pdf = "%PDF-1.5\n1 0 obj << /Type /Catalog /Root 1 0 R >> endobj\nstartxref\n9\n%%EOF";

        assertThat(PdfStructure.problem(ascii(pdf))).hasValueSatisfying(problem -> assertThat(problem).contains("no cross-reference stream"));
    }

    @Test
    void theTrailerMustNameTheCatalog() {
        String table = "%PDF-1.4\nxref\n0 1\n0000000000 65535 f \n";
        assertThat(PdfStructure.problem(ascii(table + "startxref\n9\n%%EOF"))).hasValueSatisfying(problem -> assertThat(problem).contains("no trailer"));
        assertThat(PdfStructure.problem(ascii(table + "trailer << /Size 1 /RootX 1 0 R >>\nstartxref\n9\n%%EOF")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("/Root"));
    }

    @Test
    void aTemplateWithAnAttachmentThatOnlyStartsLikeAPdfIsNotBuilt() {
        Attachment fake = Attachment.of("bilaga.pdf", ascii("%PDF-1.4 secret text, not a pdf"));

        assertThatThrownBy(() -> Fixtures.minimal().attachment(fake).build())
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("Attachment 'bilaga.pdf' is not a usable PDF: it does not end with %%EOF")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
        assertThat(Fixtures.minimal().attachment(Attachment.of("bilaga.pdf", TestPdfs.build(List.of("<< /Type /Catalog >>")))).build()
                .attachments()).hasSize(1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
