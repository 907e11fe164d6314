package se.scb.dispatch.paper;

import static se.scb.dispatch.paper.LetterLayout.ADDRESS_SIZE;
import static se.scb.dispatch.paper.LetterLayout.BODY_SIZE;
import static se.scb.dispatch.paper.LetterLayout.HEADER_SIZE;
import static se.scb.dispatch.paper.LetterLayout.HEADER_TOP_MM;
import static se.scb.dispatch.paper.LetterLayout.HEADER_WIDTH_MM;
import static se.scb.dispatch.paper.LetterLayout.LEFT_MM;
import static se.scb.dispatch.paper.LetterLayout.PAGE_WIDTH;
import static se.scb.dispatch.paper.LetterLayout.RIGHT_MARGIN_MM;
import static se.scb.dispatch.paper.LetterLayout.SMALLEST_ADDRESS_SIZE;
import static se.scb.dispatch.paper.LetterLayout.SUBJECT_SIZE;
import static se.scb.dispatch.paper.LetterLayout.SUBJECT_TOP_MM;
import static se.scb.dispatch.paper.LetterLayout.WINDOW_INSET_MM;
import static se.scb.dispatch.paper.LetterLayout.WINDOW_TOP_MM;
import static se.scb.dispatch.paper.LetterLayout.WINDOW_WIDTH_MM;
import static se.scb.dispatch.paper.LetterLayout.bodyWidth;
import static se.scb.dispatch.paper.LetterLayout.lineHeight;
import static se.scb.dispatch.paper.LetterLayout.points;
import static se.scb.dispatch.paper.LetterLayout.x;
import static se.scb.dispatch.paper.LetterLayout.y;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.template.HtmlText;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.template.SupportInfo;

/**
 * Writes a letter's own pages (not its attachments): the sender and return address, the date,
 * the recipient's address in the envelope window, the subject as a heading, then the body and the
 * support information flowing over as many pages as they need.
 */
final class LetterRenderer {

    private final PDDocument document;
    private final LetterFont font;
    private final String date;
    private final List<String> returnAddress;
    private final TextWrapper headerWrapper;
    private final TextWrapper subjectWrapper;
    private final TextWrapper bodyWrapper;

    /** @param date the letter date as printed, e.g. {@code 2026-11-26} */
    LetterRenderer(PDDocument document, LetterFont font, String date, List<String> returnAddress) {
        this.document = document;
        this.font = font;
        this.date = date;
        this.returnAddress = List.copyOf(returnAddress);
        this.headerWrapper = new TextWrapper(font, HEADER_SIZE, points(HEADER_WIDTH_MM));
        this.subjectWrapper = new TextWrapper(font, SUBJECT_SIZE, bodyWidth());
        this.bodyWrapper = new TextWrapper(font, BODY_SIZE, bodyWidth());
    }

    /** Adds the letter's pages to the document and returns how many there are. */
    int render(PaperLetter letter) throws IOException {
        RenderedMessage message = letter.message();
        try (LetterPages pages = new LetterPages(document, font)) {
            sender(pages, message.sender().name());
            pages.placeRightAligned(date, PAGE_WIDTH - points(RIGHT_MARGIN_MM), y(HEADER_TOP_MM), HEADER_SIZE);
            recipient(pages, letter.address());
            pages.flowFrom(SUBJECT_TOP_MM);
            pages.flow(subjectWrapper.wrap(font.printable(message.subject())), SUBJECT_SIZE, true);
            pages.skipLine(BODY_SIZE);
            pages.flow(bodyWrapper.wrap(font.printable(body(message))), BODY_SIZE, false);
            Optional<String> support = message.supportInfo().map(LetterRenderer::supportText).filter(text -> !text.isBlank());
            if (support.isPresent()) {
                pages.skipLine(BODY_SIZE);
                pages.flow(bodyWrapper.wrap(font.printable(support.get())), BODY_SIZE, false);
            }
            return pages.pageCount();
        }
    }

    /** The text body; for an HTML-only letter, the text a reader would see in the HTML. */
    static String body(RenderedMessage message) {
        return message.text()
                .filter(text -> !text.isBlank())
                .orElseGet(() -> message.html().map(HtmlText::toPlainText).orElse(""));
    }

    private void sender(LetterPages pages, String senderName) throws IOException {
        List<String> lines = new ArrayList<>();
        Stream.concat(Stream.of(senderName), returnAddress.stream())
                .forEach(line -> lines.addAll(headerWrapper.wrap(font.printable(line))));
        placeLines(pages, lines, y(HEADER_TOP_MM), HEADER_SIZE);
    }

    /**
     * The address block, made smaller when a line is too wide for the window so that each line
     * stays one line where it can: a wrapped street or name confuses sorting machines more than a
     * smaller type does.
     */
    private void recipient(LetterPages pages, PostalAddress address) throws IOException {
        float width = points(WINDOW_WIDTH_MM - 2 * WINDOW_INSET_MM);
        List<String> lines = PrintedAddress.lines(address).stream().map(font::printable).toList();
        float widest = (float) lines.stream().mapToDouble(line -> font.width(line, ADDRESS_SIZE)).max().orElse(0);
        float size = widest <= width ? ADDRESS_SIZE : Math.max(SMALLEST_ADDRESS_SIZE, ADDRESS_SIZE * width / widest);
        TextWrapper wrapper = new TextWrapper(font, size, width);
        List<String> wrapped = new ArrayList<>();
        lines.forEach(line -> wrapped.addAll(wrapper.wrap(line)));
        placeLines(pages, wrapped, y(WINDOW_TOP_MM + WINDOW_INSET_MM), size);
    }

    private static void placeLines(LetterPages pages, List<String> lines, float top, float size) throws IOException {
        float lineTop = top;
        for (String line : lines) {
            pages.place(line, x(LEFT_MM), lineTop, size);
            lineTop -= lineHeight(size);
        }
    }

    private static String supportText(SupportInfo info) {
        return Stream.of(Optional.of(info.text()), info.url(), info.phone(), info.email())
                .flatMap(Optional::stream)
                .filter(line -> !line.isBlank())
                .reduce((first, second) -> first + "\n" + second)
                .orElse("");
    }
}
