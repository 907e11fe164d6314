package se.scb.dispatch.paper;

import static se.scb.dispatch.paper.LetterLayout.BOTTOM_MARGIN_MM;
import static se.scb.dispatch.paper.LetterLayout.CONTINUATION_TOP_MM;
import static se.scb.dispatch.paper.LetterLayout.LEFT_MM;
import static se.scb.dispatch.paper.LetterLayout.lineHeight;
import static se.scb.dispatch.paper.LetterLayout.points;
import static se.scb.dispatch.paper.LetterLayout.x;
import static se.scb.dispatch.paper.LetterLayout.y;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The pages of one letter as they are written: text placed at a position, or flowed at the left
 * margin from line to line and on to a new page when the page is full. Close it to finish the
 * last page.
 */
final class LetterPages implements Closeable {

    /** Stroking the glyph outlines as well as filling them: the embedded font has no bold face. */
    private static final float EMPHASIS_STROKE = 0.35f;

    private final PDDocument document;
    private final LetterFont font;
    private PDPageContentStream content;
    private int pageCount;
    /** Where the top of the next flowed line goes, in points from the bottom. */
    private float cursor;

    /** Starts the letter's first page. */
    LetterPages(PDDocument document, LetterFont font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    int pageCount() {
        return pageCount;
    }

    /** Writes one line of printable text with its left end at {@code xPoints} and its top at {@code topPoints}. */
    void place(String printable, float xPoints, float topPoints, float size) throws IOException {
        content.beginText();
        content.setFont(font.pdFont(), size);
        content.newLineAtOffset(xPoints, topPoints - size);
        content.showText(printable);
        content.endText();
    }

    /** Writes one line of printable text whose right end is at {@code rightPoints}. */
    void placeRightAligned(String printable, float rightPoints, float topPoints, float size) throws IOException {
        place(printable, rightPoints - font.width(printable, size), topPoints, size);
    }

    /** Moves the flow to {@code mm} millimetres from the top of the current page. */
    void flowFrom(float mm) {
        cursor = y(mm);
    }

    /**
     * Writes lines at the left margin below what was flowed before, going on to new pages as
     * needed. An empty line leaves space, except at the top of a page.
     */
    void flow(List<String> lines, float size, boolean emphasised) throws IOException {
        for (String line : lines) {
            if (line.isEmpty()) {
                skipLine(size);
                continue;
            }
            if (cursor - lineHeight(size) < points(BOTTOM_MARGIN_MM)) {
                newPage();
            }
            if (emphasised) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(EMPHASIS_STROKE);
            }
            place(line, x(LEFT_MM), cursor, size);
            if (emphasised) {
                content.setRenderingMode(RenderingMode.FILL);
            }
            cursor -= lineHeight(size);
        }
    }

    /** Leaves an empty line's height of space in the flow, unless at the top of a page. */
    void skipLine(float size) {
        if (!atTopOfPage()) {
            cursor -= lineHeight(size);
        }
    }

    private boolean atTopOfPage() {
        return cursor >= y(CONTINUATION_TOP_MM);
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pageCount++;
        cursor = y(CONTINUATION_TOP_MM);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
