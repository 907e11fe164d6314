package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A letter whose text holds characters the font cannot print is named, so the channel can warn before it is printed. */
class MissingCharactersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"مرحبا أحمد", "你好，王伟", "Hej Åsa 🎉"})
    void aLetterWithCharactersTheFontLacksIsNamedAndOneWithSwedishOnlyIsNot(String greeting) throws IOException {
        try (PDDocument document = new PDDocument()) {
            BatchPrinter printer = new BatchPrinter(document, "2026-03-15", List.of("Statistikmyndigheten", "Box 1", "701 89  Örebro"));

            printer.print(List.of(
                    Letters.letter("m-unprintable", Letters.address("Ahmed Wang", "111 22", "Stockholm"), Letters.text("Enkät", greeting)),
                    Letters.letter("m-swedish", Letters.address("Åsa Öberg", "111 22", "Stockholm"), Letters.text("Enkät", "Hej Åsa Öberg!"))));

            assertThat(printer.lettersWithMissingCharacters()).containsExactly("m-unprintable");
        }
    }
}
