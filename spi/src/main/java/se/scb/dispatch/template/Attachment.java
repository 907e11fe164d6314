package se.scb.dispatch.template;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A PDF that goes with every letter of a template.
 *
 * <p>The content must begin with the PDF header {@code %PDF-} in its very first bytes. PDF readers
 * tolerate the header anywhere in the first 1 024 bytes, but operators and print houses may not,
 * and a file that passed here but bounced at the operator would be a failure that validation
 * should have found. The file name is not used to decide what the content is. That the rest of the
 * file is built like a PDF is checked when a template is built ({@link PdfStructure}); here only
 * the header, so that bytes in memory can be wrapped cheaply. Messages never quote the content.
 *
 * <p>The bytes are copied in and out, so an attachment cannot change after it is made. Two
 * attachments are equal when their names and bytes are; {@code toString} shows the size, not the bytes.
 */
public record Attachment(String fileName, byte[] content) {

    /** The content type of every attachment. */
    public static final String PDF = "application/pdf";

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** @throws TemplateException when the name is blank or the content is not a PDF */
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank()) {
            throw new TemplateException("An attachment needs a file name; it is blank.");
        }
        content = content.clone();
        requirePdf(fileName, content);
    }

    /** An attachment from bytes already in memory. @throws TemplateException when they are not a PDF */
    public static Attachment of(String fileName, byte[] content) {
        return new Attachment(fileName, content);
    }

    /**
     * Reads a PDF file; the attachment takes the file's name. Only a regular file of at most
     * 1 500 000 bytes is read (2 000 000 as base64, the most an operator takes); its size is checked before it is opened.
     *
     * @throws TemplateException when the file is missing, no regular file, too large, unreadable or not a PDF
     */
    public static Attachment fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        return AttachmentFile.read(file);
    }

    /** A copy of the PDF's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Always {@value #PDF}. */
    public String contentType() {
        return PDF;
    }

    /** The number of bytes in the PDF. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && fileName.equals(that.fileName)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + content.length + " bytes]";
    }

    private static void requirePdf(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new TemplateException("Attachment '" + fileName + "' is empty; it must be a PDF.");
        }
        if (!startsWith(content, PDF_HEADER)) {
            throw new TemplateException("Attachment '" + fileName + "' is not a PDF: it does not start with \"%PDF-\"."
                    + " Attach the document exported or saved as PDF.");
        }
    }

    /** @throws TemplateException when the content is not built like a PDF, naming what is missing */
    void requireSoundStructure() {
        PdfStructure.problem(content).ifPresent(problem -> {
            throw new TemplateException("Attachment '" + fileName + "' is not a usable PDF: " + problem
                    + ". Export or download it again as PDF and attach that file.");
        });
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
