package se.scb.dispatch.paper;

import static se.scb.dispatch.paper.LetterLayout.PAGE_HEIGHT;
import static se.scb.dispatch.paper.LetterLayout.PAGE_WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.template.Attachment;

/**
 * Appends attachments' pages to a batch. Each attachment is read once per batch and each of its
 * pages is copied in once, as a form XObject drawn by a template page; every letter's copy of the
 * attachment is a new page sharing that template's content stream and resources. A thousand
 * letters with the same enclosure thus hold its fonts, images and drawing once, both in the file
 * and on the heap (where PDFBox keeps a 4 KB buffer for every content stream).
 *
 * <p>Every page comes out A4 portrait: a larger page is scaled down to fit, a smaller one is
 * centred. Links and form fields are not carried over; paper has none.
 */
final class AttachmentPages {

    /** Points a page may exceed A4 by (rounding in the source) and still print at full size. */
    private static final float TOLERANCE = 2;

    private final PDDocument document;
    private final LayerUtility layers;
    // Letters of one template usually hold the very same Attachment objects: found by identity, they need no hashing.
    private final Map<Attachment, List<PDPage>> byInstance = new IdentityHashMap<>();
    private final Map<String, List<PDPage>> byContent = new HashMap<>();

    AttachmentPages(PDDocument document) {
        this.document = document;
        this.layers = new LayerUtility(document);
    }

    /**
     * Adds the attachment's pages to the end of the document and returns how many there are.
     *
     * @throws ProviderException when the attachment cannot be read as a PDF
     */
    int append(Attachment attachment) throws IOException {
        List<PDPage> templates = byInstance.get(attachment);
        if (templates == null) {
            templates = byContent(attachment);
            byInstance.put(attachment, templates);
        }
        for (PDPage template : templates) {
            // A shallow copy: the page has its own entry in the page tree but shares the template's content and resources.
            document.addPage(new PDPage(new COSDictionary(template.getCOSObject())));
        }
        return templates.size();
    }

    private List<PDPage> byContent(Attachment attachment) throws IOException {
        byte[] content = attachment.content();
        String hash = Sha256.hex(content);
        List<PDPage> pages = byContent.get(hash);
        if (pages == null) {
            pages = imported(attachment.fileName(), content);
            byContent.put(hash, pages);
        }
        return pages;
    }

    private List<PDPage> imported(String fileName, byte[] content) throws IOException {
        PDDocument source;
        try {
            source = Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new ProviderException("Attachment '" + fileName + "' is encrypted; attach a PDF without a password.", e);
        } catch (IOException e) {
            throw new ProviderException("Attachment '" + fileName + "' could not be read as a PDF: " + e.getMessage(), e);
        }
        try (source) {
            List<PDPage> pages = new ArrayList<>(source.getNumberOfPages());
            for (int index = 0; index < source.getNumberOfPages(); index++) {
                // The form is a deep copy into our document, so the source can be closed.
                pages.add(template(layers.importPageAsForm(source, index)));
            }
            return List.copyOf(pages);
        }
    }

    /** An A4 page, not in the document, that draws the form. */
    private PDPage template(PDFormXObject form) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        PDRectangle box = form.getBBox();
        boolean fits = box.getWidth() <= PAGE_WIDTH + TOLERANCE && box.getHeight() <= PAGE_HEIGHT + TOLERANCE;
        float scale = fits ? 1 : Math.min(PAGE_WIDTH / box.getWidth(), PAGE_HEIGHT / box.getHeight());
        float left = (PAGE_WIDTH - box.getWidth() * scale) / 2;
        float bottom = (PAGE_HEIGHT - box.getHeight() * scale) / 2;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.transform(new Matrix(scale, 0, 0, scale,
                    left - box.getLowerLeftX() * scale, bottom - box.getLowerLeftY() * scale));
            content.drawForm(form);
            content.restoreGraphicsState();
        }
        return page;
    }
}
