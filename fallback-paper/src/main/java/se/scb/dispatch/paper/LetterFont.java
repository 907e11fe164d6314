package se.scb.dispatch.paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of a print batch: Liberation Sans from the PDFBox jar, embedded as a subset, so
 * that Swedish letters print the same on every machine whatever fonts it has installed.
 *
 * <p>Not thread-safe: one per document, used by one thread.
 */
final class LetterFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int MISSING = '?';

    private final PDType0Font font;
    /** Advance widths in 1/1000 of the font size by code point; {@code null} for a code point the font lacks. */
    private final Map<Integer, Float> advances = new HashMap<>();
    /** Characters shown as {@code ?} since {@link #takeMissing()} was last asked. */
    private int missing;

    private LetterFont(PDType0Font font) {
        this.font = font;
    }

    /** Loads the font into {@code document}; glyphs are embedded when the document is saved. */
    static LetterFont embedIn(PDDocument document) throws IOException {
        try (InputStream in = PDType0Font.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The PDFBox jar on the class path has no " + RESOURCE
                        + "; use org.apache.pdfbox:pdfbox 3.0.x.");
            }
            TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // PDFBox would otherwise apply the font's ligatures: it compiles patterns on every line shown
            // (minutes for a large batch), the widths we measure would no longer match the glyphs shown, and
            // a ligature glyph can drop its letters from the text layer that search and screen readers use.
            trueType.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(trueType);
            return new LetterFont(PDType0Font.load(document, trueType, true));
        }
    }

    PDFont pdFont() {
        return font;
    }

    /**
     * The text as this font can show it: composed (NFC) so that an {@code A} with a combining ring
     * prints as {@code Å}; control and format characters as {@link PlainText} has them; other spaces
     * as a plain space; a character the font has no glyph for as {@code ?}. Line breaks are kept.
     */
    String printable(String text) {
        String composed = PlainText.keepingLineBreaks(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (codePoint == '\n' || codePoint == '\r') {
                out.appendCodePoint(codePoint);
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                out.append(' ');
            } else if (advance(codePoint) == null) {
                out.appendCodePoint(MISSING);
                missing++;
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    /** How many characters {@link #printable} has shown as {@code ?} since the last call; resets the count. */
    int takeMissing() {
        int taken = missing;
        missing = 0;
        return taken;
    }

    /** The width in points of printable text (see {@link #printable(String)}) at {@code size}. */
    float width(String printable, float size) {
        float thousandths = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            thousandths += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return thousandths * size / 1000;
    }

    /** The width of one code point of printable text in 1/1000 of the font size. */
    float width(int codePoint) {
        Float advance = advance(codePoint);
        return advance != null ? advance : advance(MISSING);
    }

    private Float advance(int codePoint) {
        // computeIfAbsent cannot cache "no glyph" (null), so look up first.
        if (advances.containsKey(codePoint)) {
            return advances.get(codePoint);
        }
        Float advance = measure(codePoint);
        advances.put(codePoint, advance);
        return advance;
    }

    private Float measure(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IllegalArgumentException noGlyph) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure text in the embedded font: " + e.getMessage(), e);
        }
    }
}
