package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.spi.PaperLetter;

class PlainTextTest {

    @Test
    void oneLineTurnsLineBreaksAndTabsIntoSpacesAndDropsOtherControlAndFormatCharacters() {
        assertThat(PlainText.oneLine("Anna\u0000 Öberg")).isEqualTo("Anna Öberg");
        assertThat(PlainText.oneLine("Storgatan\t1\r\nLgh 2")).isEqualTo("Storgatan 1  Lgh 2");
        assertThat(PlainText.oneLine("\uFEFF\u202EgrebÖ\u001B[2J ")).isEqualTo("grebÖ[2J");
    }

    @Test
    void runningTextKeepsItsLineBreaks() {
        assertThat(PlainText.keepingLineBreaks("rad ett\r\nrad\u0007 två\n")).isEqualTo("rad ett\r\nrad två\n");
    }

    @Test
    void aLetterKeepsItsMessageAndGetsACleanAddressAndCaseId() {
        PaperLetter letter = new PaperLetter("m1", new PostalAddress("A\u0000nna", "\tc/o B", "Gatan\n1", "123\u000045", "Lund\u0085", "SE"),
                Letters.text("Ämne", "Hej\u0000"), Optional.of("case\u00001"));

        PaperLetter clean = PlainText.of(letter);

        assertThat(clean.address()).isEqualTo(new PostalAddress("Anna", "c/o B", "Gatan 1", "12345", "Lund", "SE"));
        assertThat(clean.caseId()).contains("case1");
        assertThat(clean.message()).isSameAs(letter.message());
        assertThat(clean.messageId()).isEqualTo("m1");
    }
}
