package se.scb.dispatch.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.template.SupportInfo;

/** Paper letters and attachments for the tests, built directly. */
final class Letters {

    static final Sender SENDER = new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten SCB");

    private Letters() {
    }

    static PostalAddress address(String name, String postalCode, String city) {
        return new PostalAddress(name, "", "Storgatan 1", postalCode, city, "");
    }

    static RenderedMessage text(String subject, String body, Attachment... attachments) {
        return new RenderedMessage(SENDER, subject, Optional.of(body), Optional.empty(), List.of(attachments), "sv", Optional.empty());
    }

    static RenderedMessage html(String subject, String html) {
        return new RenderedMessage(SENDER, subject, Optional.empty(), Optional.of(html), List.of(), "sv", Optional.empty());
    }

    static RenderedMessage withSupport(RenderedMessage message, SupportInfo support) {
        return new RenderedMessage(message.sender(), message.subject(), message.text(), message.html(), message.attachments(),
                message.language(), Optional.of(support));
    }

    static PaperLetter letter(String messageId, PostalAddress address, RenderedMessage message) {
        return new PaperLetter(messageId, address, message, Optional.of("case-" + messageId));
    }

    /** A letter to {@code name} at {@code postalCode} whose subject names the message id, so its pages can be found. */
    static PaperLetter letter(String messageId, String name, String postalCode) {
        return letter(messageId, address(name, postalCode, "Stockholm"), text("Enkät " + messageId, "Hej " + name + "!"));
    }

    /** The letters as a batch with the id {@code id}, as the core hands them over. */
    static PaperBatch batch(String id, List<PaperLetter> letters) {
        return new PaperBatch(id, letters);
    }

    /** A PDF with one page per text, each page showing its text: to find an attachment's pages in the batch. */
    static Attachment attachment(String fileName, String... pageTexts) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pageTexts) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(helvetica, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return Attachment.of(fileName, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
