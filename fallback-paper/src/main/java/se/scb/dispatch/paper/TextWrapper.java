package se.scb.dispatch.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a width, as the font measures them: at spaces where it
 * can, inside a word only when the word alone is wider than a line. Line breaks in the text are
 * kept, and an empty line stays an empty line (it separates paragraphs).
 */
final class TextWrapper {

    private final LetterFont font;
    private final float size;
    private final float maxWidth;

    TextWrapper(LetterFont font, float size, float maxWidth) {
        this.font = font;
        this.size = size;
        this.maxWidth = maxWidth;
    }

    /** The lines of printable text (see {@link LetterFont#printable(String)}). */
    List<String> wrap(String printable) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable.split("\r\n|\r|\n", -1)) {
            wrapParagraph(paragraph.strip(), lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        float spaceWidth = font.width(" ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = font.width(word, size);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = wordWidth <= maxWidth ? word : breakWord(word, lines);
            line.append(rest);
            lineWidth = font.width(rest, size);
        }
        lines.add(line.toString());
    }

    /** Adds the full-width pieces of a word too wide for a line and returns the piece left over. */
    private String breakWord(String word, List<String> lines) {
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            float charWidth = font.width(codePoint) * size / 1000;
            // A piece holds at least one character, even one wider than the line, so that wrapping always advances.
            if (piece.length() > 0 && pieceWidth + charWidth > maxWidth) {
                lines.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.appendCodePoint(codePoint);
            pieceWidth += charWidth;
            i += Character.charCount(codePoint);
        }
        return piece.toString();
    }
}
