package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentTest {

    @TempDir
    Path folder;

    @Test
    void readsAPdfFileUnderItsOwnName() throws IOException {
        Path file = Files.write(folder.resolve("Information om AKU.pdf"), Fixtures.pdf());

        Attachment attachment = Attachment.fromFile(file);

        assertThat(attachment.fileName()).isEqualTo("Information om AKU.pdf");
        assertThat(attachment.content()).isEqualTo(Fixtures.pdf());
        assertThat(attachment.size()).isEqualTo(Fixtures.pdf().length);
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void decidesByTheContentNotTheName() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

        assertThat(Attachment.of("brev.dat", Fixtures.pdf()).fileName()).isEqualTo("brev.dat");
        assertThatThrownBy(() -> Attachment.of("brev.pdf", zip))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Attachment 'brev.pdf' is not a PDF: it does not start with \"%PDF-\"."
                        + " Attach the document exported or saved as PDF.");
    }

    @Test
    void theHeaderMustComeFirst() {
        byte[] afterWhitespace = ("\n" + new String(Fixtures.pdf(), StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> Attachment.of("a.pdf", afterWhitespace)).hasMessageContaining("is not a PDF");
        assertThatThrownBy(() -> Attachment.of("a.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("is not a PDF");
        assertThatThrownBy(() -> Attachment.of("a.pdf", new byte[0])).hasMessageContaining("'a.pdf' is empty");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = folder.resolve("saknas.pdf");

        assertThatThrownBy(() -> Attachment.fromFile(missing))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Attachment 'saknas.pdf' was not found at " + missing.toAbsolutePath() + ".");
    }

    @Test
    void copiesTheBytesInAndOut() {
        byte[] bytes = Fixtures.pdf();
        Attachment attachment = Attachment.of("a.pdf", bytes);

        bytes[0] = 'X';
        attachment.content()[1] = 'X';

        assertThat(attachment.content()).isEqualTo(Fixtures.pdf());
    }

    @Test
    void equalsOnNameAndContent_toStringWithoutTheBytes() {
        Attachment attachment = Attachment.of("a.pdf", Fixtures.pdf());

        assertThat(attachment).isEqualTo(Attachment.of("a.pdf", Fixtures.pdf()))
                .hasSameHashCodeAs(Attachment.of("a.pdf", Fixtures.pdf()))
                .isNotEqualTo(Attachment.of("b.pdf", Fixtures.pdf()))
                .isNotEqualTo(Attachment.of("a.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        assertThat(attachment).hasToString("Attachment[a.pdf, " + Fixtures.pdf().length + " bytes]");
    }

    @Test
    void needsAFileName() {
        assertThatThrownBy(() -> Attachment.of(" ", Fixtures.pdf())).isInstanceOf(TemplateException.class);
    }
}
