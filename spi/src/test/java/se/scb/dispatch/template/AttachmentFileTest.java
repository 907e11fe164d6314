package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a template's attachments may come from, and what is read of them. */
class AttachmentFileTest {

    @TempDir
    Path root;

    private Path templateFolder() throws IOException {
        return Files.createDirectories(root.resolve("mall"));
    }

    private Path template(String attachment) throws IOException {
        return Files.writeString(templateFolder().resolve("template.json"),
                "{\"sender\": {\"organisationNumber\": \"202100-5489\", \"name\": \"SCB\"}, \"subject\": \"Enkät\", \"text\": \"Hej\","
                        + " \"attachments\": [\"" + attachment + "\"]}", StandardCharsets.UTF_8);
    }

    @Test
    void aPathThatClimbsOutOfTheTemplatesFolderIsRefusedAndItsFileNotRead() throws IOException {
        Files.writeString(root.resolve("hemlig.pdf"), "%PDF-1.4 personal data");
        Path file = template("../hemlig.pdf");

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Attachment '../hemlig.pdf' is outside the template's folder")
                .hasMessageContaining("copy the PDF into that folder")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("personal").doesNotContain("\n"));
        assertThatThrownBy(() -> MessageTemplate.load(template("../../../../../../../etc/passwd"))).hasMessageContaining("outside the template's folder");
        assertThatThrownBy(() -> MessageTemplate.load(template("/etc/passwd"))).hasMessageContaining("outside the template's folder");
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefused_oneInsideIsFollowed() throws IOException {
        Path outside = Files.write(root.resolve("elsewhere.pdf"), Fixtures.pdf());
        Path folder = templateFolder();
        Files.write(folder.resolve("real.pdf"), Fixtures.pdf());
        try {
            Files.createSymbolicLink(folder.resolve("x.pdf"), outside);
            Files.createSymbolicLink(folder.resolve("inside.pdf"), folder.resolve("real.pdf"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links cannot be made here: " + e.getMessage());
        }

        assertThatThrownBy(() -> MessageTemplate.load(template("x.pdf")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Attachment 'x.pdf' is a symbolic link that leads outside the template's folder");
        assertThat(MessageTemplate.load(template("inside.pdf")).attachments())
                .containsExactly(Attachment.of("inside.pdf", Fixtures.pdf()));
    }

    @Test
    void aDirectoryIsNoAttachment() throws IOException {
        Files.createDirectories(templateFolder().resolve("bilaga.pdf"));

        assertThatThrownBy(() -> MessageTemplate.load(template("bilaga.pdf")))
                .hasMessageContaining("Attachment 'bilaga.pdf' at ")
                .hasMessageContaining("is a directory; name a PDF file.");
    }

    @Test
    void aDeviceIsNotReadEvenWhenNamedDirectly() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");

        assertThatThrownBy(() -> Attachment.fromFile(zero))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Attachment 'zero' at /dev/zero is not a regular file (a device, pipe or socket); name a PDF file.");
    }

    @Test
    void aFifoIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = templateFolder().resolve("rör.pdf");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here; the FIFO case is skipped");

        // Opening a FIFO for reading waits for a writer: this returns only because the file is never opened.
        assertThatThrownBy(() -> MessageTemplate.load(template("rör.pdf")))
                .hasMessageContaining("Attachment 'rör.pdf' at ")
                .hasMessageContaining("is not a regular file");
    }

    @Test
    void aFileOverTheCapIsRefusedBeforeItIsRead() throws IOException {
        Path large = templateFolder().resolve("stor.pdf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(AttachmentFile.MAX_BYTES + 1); // sparse: nothing is written, and it does not start with %PDF-
        }
        Path atTheCap = Files.write(templateFolder().resolve("lagom.pdf"), padded(Fixtures.pdf(), (int) AttachmentFile.MAX_BYTES));

        assertThatThrownBy(() -> MessageTemplate.load(template("stor.pdf")))
                .hasMessageContaining("Attachment 'stor.pdf' at " + large.toAbsolutePath() + " is 1500001 bytes, more than the 1500000")
                .hasMessageContaining("make the PDF smaller");
        assertThat(Attachment.fromFile(atTheCap).size()).isEqualTo(AttachmentFile.MAX_BYTES);
    }

    /** The PDF with spaces before its header's first object, as large as asked; still a sound PDF for the header check. */
    private static byte[] padded(byte[] pdf, int size) {
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        return out;
    }

    private static boolean mkfifo(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
