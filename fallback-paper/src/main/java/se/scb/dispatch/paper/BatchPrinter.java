package se.scb.dispatch.paper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.template.Attachment;

/**
 * Puts the letters of a batch one after the other into one document, each followed by its
 * attachments. Printing is duplex, so every letter starts on a front side: a letter that ends on
 * a front side gets a blank back side, which counts in its page count.
 */
final class BatchPrinter {

    private final PDDocument document;
    private final LetterRenderer letters;
    private final AttachmentPages attachments;
    private final LetterFont font;
    private final List<String> withMissingCharacters = new ArrayList<>();

    BatchPrinter(PDDocument document, String date, List<String> returnAddress) throws IOException {
        this.document = document;
        this.font = LetterFont.embedIn(document);
        this.letters = new LetterRenderer(document, font, date, returnAddress);
        this.attachments = new AttachmentPages(document);
    }

    /** Adds the letters in the order given and returns their manifest rows, in the same order. */
    List<ManifestRow> print(List<PaperLetter> ordered) throws IOException {
        List<ManifestRow> rows = new ArrayList<>(ordered.size());
        for (PaperLetter letter : ordered) {
            int firstPage = document.getNumberOfPages() + 1;
            int pages = letters.render(letter);
            if (font.takeMissing() > 0) {
                withMissingCharacters.add(letter.messageId());
            }
            for (Attachment attachment : letter.message().attachments()) {
                pages += attachments.append(attachment);
            }
            if (pages % 2 == 1) {
                document.addPage(new PDPage(PDRectangle.A4));
                pages++;
            }
            rows.add(new ManifestRow(rows.size() + 1, letter.messageId(), letter.caseId(), letter.address(), pages, firstPage));
        }
        return rows;
    }

    /** The message ids of the letters printed so far that hold a character the font lacks, printed as {@code ?}. */
    List<String> lettersWithMissingCharacters() {
        return List.copyOf(withMissingCharacters);
    }
}
