package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static se.scb.dispatch.paper.Letters.attachment;
import static se.scb.dispatch.paper.Letters.batch;
import static se.scb.dispatch.paper.Letters.html;
import static se.scb.dispatch.paper.Letters.letter;
import static se.scb.dispatch.paper.Letters.text;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.template.SupportInfo;

/** What is printed on a letter's pages, and where. */
class LetterContentTest {

    private static final PostalAddress ASA = new PostalAddress("Åsa Öberg-Ängström", "Lindqvist", "Östra Ågatan 7", "72215", "Västerås", "");

    @TempDir
    Path output;

    private PrintedBatch print(PaperLetter... letters) {
        PrintBatchChannel channel = PrintBatchChannel.builder()
                .outputDirectory(output)
                .returnAddress(List.of("Box 24300", "104 51 Stockholm"))
                // 23:30 UTC on New Year's Eve is already the new year in Stockholm.
                .clock(Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC))
                .build();
        return PrintedBatch.read(output, channel.submit(batch("b1", List.of(letters))));
    }

    @Test
    void addressIsInTheEnvelopeWindowWithSwedishCharacters() {
        PrintedBatch batch = print(letter("m1", ASA, text("Enkät om ändrade arbetstider", "Hej Åsa!")));

        String window = batch.area(1, 20, 45, 90, 45);
        assertThat(window).contains("Åsa Öberg-Ängström", "c/o Lindqvist", "Östra Ågatan 7", "722 15 Västerås"); // text extraction makes the two spaces one
        assertThat(window).doesNotContain("Statistikmyndigheten", "Enkät", "2027-01-01");
        assertThat(batch.page(1)).contains("Enkät om ändrade arbetstider", "Hej Åsa!");
    }

    @Test
    void senderReturnAddressAndDateAreAboveTheWindow() {
        PrintedBatch batch = print(letter("m1", ASA, text("Enkät", "Hej!")));

        String header = batch.area(1, 0, 0, 210, 44);
        assertThat(header).contains("Statistikmyndigheten SCB", "Box 24300", "104 51 Stockholm", "2027-01-01");
        assertThat(header).doesNotContain("Åsa");
        assertThat(batch.area(1, 140, 0, 70, 44)).contains("2027-01-01").doesNotContain("Statistikmyndigheten");
    }

    @Test
    void subjectAndBodyStartBelowTheWindow() {
        PrintedBatch batch = print(letter("m1", ASA, text("Enkät om ändrade arbetstider", "Hej Åsa!")));

        assertThat(batch.area(1, 0, 0, 210, 92)).doesNotContain("Enkät om", "Hej Åsa!");
        assertThat(batch.area(1, 0, 92, 210, 205)).contains("Enkät om ändrade arbetstider", "Hej Åsa!");
    }

    @Test
    void anHtmlOnlyLetterIsPrintedAsItsText() {
        PrintedBatch batch = print(letter("m1", ASA, html("Enkät", "<p>Hej <b>Åsa</b> &amp; familj!</p><ul><li>Svara senast 1 mars</li></ul>")));

        assertThat(batch.page(1)).contains("Hej Åsa & familj!", "- Svara senast 1 mars").doesNotContain("<p>", "&amp;");
    }

    @Test
    void aLongBodyFlowsOverSeveralPagesAndKeepsEveryParagraph() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            body.append("Stycke nummer ").append(i).append(" handlar om hur statistiken blir till och varför ditt svar räknas.\n\n");
        }
        PrintedBatch batch = print(letter("m1", ASA, text("Enkät", body.toString())));

        Map<String, String> row = batch.row("m1");
        assertThat(Integer.parseInt(row.get("page_count"))).isGreaterThanOrEqualTo(4);
        String all = batch.pagesOf(row).replace("\r\n", " ").replace('\n', ' ');
        for (int i = 1; i <= 150; i++) {
            assertThat(all).contains("Stycke nummer " + i + " handlar");
        }
        assertThat(batch.page(1)).contains("Stycke nummer 1 handlar").doesNotContain("Stycke nummer 150 handlar");
        // The continuation pages carry body text only: no address block again.
        assertThat(batch.page(2)).contains("Stycke nummer").doesNotContain("Åsa Öberg");
    }

    @Test
    void longLinesWrapAtTheMarginAndAWordWiderThanALineIsBroken() {
        String sentence = "Detta är en mening som är mycket längre än en rad och därför måste brytas vid ett mellanslag någonstans i mitten.";
        String word = "Lång".repeat(60);
        PrintedBatch batch = print(letter("m1", ASA, text("Enkät", sentence + "\n" + word)));

        String page = batch.page(1);
        assertThat(page.replace("\r\n", " ").replace('\n', ' ')).contains(sentence);
        assertThat(page).doesNotContain(sentence);
        assertThat(page.replace("\r\n", "").replace("\n", "")).contains(word);
        assertThat(page).doesNotContain(word);
    }

    @Test
    void supportInformationFollowsTheBody() {
        SupportInfo support = new SupportInfo("Frågor? Ring oss.", java.util.Optional.of("https://www.scb.se/lfs"),
                java.util.Optional.of("010-479 40 00"), java.util.Optional.empty());
        PrintedBatch batch = print(letter("m1", ASA, Letters.withSupport(text("Enkät", "Hej!"), support)));

        assertThat(batch.page(1)).contains("Frågor? Ring oss.", "https://www.scb.se/lfs", "010-479 40 00");
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkInsteadOfFailing() {
        PostalAddress address = new PostalAddress("李小龍 Andersson", "", "Storgatan 1", "111 22", "Stockholm", "");
        PrintedBatch batch = print(letter("m1", address, text("Enkät", "Hej!")));

        assertThat(batch.page(1)).contains("??? Andersson");
    }

    @Test
    void anAttachmentIsReadOnceAndItsPagesFollowEachLetter() {
        var enclosure = attachment("information.pdf", "Om undersokningen");
        PrintedBatch batch = print(
                letter("m1", Letters.address("Anna Andersson", "111 22", "Stockholm"), text("Enkät m1", "Hej!", enclosure)),
                letter("m2", Letters.address("Bertil Berg", "222 33", "Lund"), text("Enkät m2", "Hej!", enclosure)));

        assertThat(batch.page(2)).contains("Om undersokningen");
        assertThat(batch.page(4)).contains("Om undersokningen");
        assertThat(batch.pageCount).isEqualTo(4);
        assertThat(batch.contentsKey(2)).as("the attachment's page is drawn by one shared content stream").isEqualTo(batch.contentsKey(4));
        assertThat(batch.contentsKey(1)).isNotEqualTo(batch.contentsKey(3));
    }
}
