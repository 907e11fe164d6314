package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static final float SIZE = 11;

    private PDDocument document;
    private LetterFont font;

    @BeforeEach
    void loadFont() throws IOException {
        document = new PDDocument();
        font = LetterFont.embedIn(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    private List<String> wrap(String text, float width) {
        return new TextWrapper(font, SIZE, width).wrap(font.printable(text));
    }

    @Test
    void breaksAtSpacesSoNoLineIsWiderThanTheWidth() {
        String text = "Vi på Statistikmyndigheten vill gärna veta hur många timmar du arbetade förra veckan, och varför.";
        List<String> lines = wrap(text, 120);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(font.width(line, SIZE)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void breaksAWordWiderThanTheLineIntoPiecesThatFill() {
        String word = "Arbetskraftsundersökningsinformationsbrev".repeat(3);
        List<String> lines = wrap("Se " + word + " nu", 100);

        assertThat(lines.get(0)).isEqualTo("Se");
        assertThat(lines).allSatisfy(line -> assertThat(font.width(line, SIZE)).isLessThanOrEqualTo(100));
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(word + " nu");
    }

    @Test
    void keepsLineBreaksAndEmptyLines() {
        assertThat(wrap("Hej!\r\n\r\nRad två\nRad tre", 400)).containsExactly("Hej!", "", "Rad två", "Rad tre");
    }

    @Test
    void printableTextComposesAccentsAndReplacesWhatTheFontLacks() {
        assertThat(font.printable("A\u030Asa\tÖberg\u0007 ☃")).isEqualTo("Åsa Öberg ?");
    }
}
