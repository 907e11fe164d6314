package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.paper.Letters.address;
import static se.scb.dispatch.paper.Letters.attachment;
import static se.scb.dispatch.paper.Letters.batch;
import static se.scb.dispatch.paper.Letters.letter;
import static se.scb.dispatch.paper.Letters.text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.template.Attachment;

class PrintBatchChannelTest {

    @TempDir
    Path output;

    private PrintBatchChannel.Builder channel() {
        return PrintBatchChannel.builder().outputDirectory(output);
    }

    @Test
    void manifestMatchesThePdfPageForPage() {
        Attachment enclosure = attachment("bilaga.pdf", "Bilaga sida ett", "Bilaga sida tva");
        List<PaperLetter> letters = List.of(
                letter("m1", address("Anna Andersson", "111 22", "Stockholm"), text("Enkät m1", "Kort brev.")),
                letter("m2", address("Bertil Berg", "222 33", "Lund"), text("Enkät m2", "Kort brev.", enclosure)),
                letter("m3", address("Cecilia Carlsson", "333 44", "Gävle"), text("Enkät m3", longBody(120))),
                letter("m4", address("David Dahl", "444 55", "Umeå"), text("Enkät m4", "Kort brev.", enclosure)));

        PaperReceipt receipt = channel().build().submit(batch("b1", letters));
        PrintedBatch batch = PrintedBatch.read(output, receipt);

        assertThat(batch.manifest).hasSize(4);
        int expectedFirst = 1;
        for (Map<String, String> row : batch.manifest) {
            int first = Integer.parseInt(row.get("first_page"));
            int count = Integer.parseInt(row.get("page_count"));
            assertThat(first).as("first page of %s", row.get("message_id")).isEqualTo(expectedFirst).isOdd();
            assertThat(count).as("a letter fills whole sheets").isEven();
            String pages = batch.pagesOf(row);
            assertThat(pages).contains("Enkät " + row.get("message_id"), row.get("name"));
            assertThat(batch.page(first)).contains(row.get("name"), row.get("postal_code"), row.get("city"));
            expectedFirst += count;
        }
        assertThat(batch.pageCount).isEqualTo(expectedFirst - 1);
        assertThat(batch.manifestColumn("page_count").stream().mapToInt(Integer::parseInt).sum()).isEqualTo(batch.pageCount);
        assertThat(batch.manifestColumn("sequence")).containsExactly("1", "2", "3", "4");
        assertThat(batch.manifestColumn("case_id")).containsExactly("case-m1", "case-m2", "case-m3", "case-m4");
    }

    @Test
    void attachmentPagesFollowTheirLetterAndABlankBackEvensTheCount() {
        Attachment enclosure = attachment("bilaga.pdf", "Bilaga sida ett", "Bilaga sida tva");
        List<PaperLetter> letters = List.of(
                letter("m1", address("Anna Andersson", "111 22", "Stockholm"), text("Enkät m1", "Kort brev.", enclosure)),
                letter("m2", address("Bertil Berg", "222 33", "Lund"), text("Enkät m2", "Kort brev.", enclosure)));

        PrintedBatch batch = PrintedBatch.read(output, channel().build().submit(batch("b1", letters)));

        // One page of letter and two of attachment: a blank page makes four, so m2 starts on page 5.
        assertThat(batch.manifestColumn("page_count")).containsExactly("4", "4");
        assertThat(batch.manifestColumn("first_page")).containsExactly("1", "5");
        for (int first : new int[] {1, 5}) {
            assertThat(batch.page(first)).contains("Kort brev.").doesNotContain("Bilaga");
            assertThat(batch.page(first + 1)).contains("Bilaga sida ett");
            assertThat(batch.page(first + 2)).contains("Bilaga sida tva");
            assertThat(batch.page(first + 3)).isBlank();
        }
    }

    @Test
    void aLetterWithAnEvenPageCountGetsNoBlankPage() {
        Attachment onePage = attachment("bilaga.pdf", "Bilaga");
        PrintedBatch batch = PrintedBatch.read(output, channel().build().submit(batch("b1", List.of(
                letter("m1", address("Anna Andersson", "111 22", "Stockholm"), text("Enkät m1", "Kort brev.", onePage))))));

        assertThat(batch.manifestColumn("page_count")).containsExactly("2");
        assertThat(batch.pageCount).isEqualTo(2);
        assertThat(batch.page(2)).contains("Bilaga");
    }

    @Test
    void sortsByTheDigitsOfThePostalCodeWithAddressesAbroadLast() {
        PostalAddress oslo = new PostalAddress("Ola Nordmann", "", "Karl Johans gate 1", "0154", "Oslo", "Norge");
        List<PaperLetter> letters = List.of(
                letter("abroad", oslo, text("Enkät abroad", "Hei!")),
                letter("vasteras", "Åsa Öberg", "722 15"),
                letter("stockholm-first", "Anna Andersson", "11122"),
                letter("stockholm-second", "Bertil Berg", "111 22"),
                letter("kiruna", "Karin Kiruna", "981 31"));

        PaperReceipt receipt = channel().build().submit(batch("b1", letters));

        List<String> expected = List.of("stockholm-first", "stockholm-second", "vasteras", "kiruna", "abroad");
        assertThat(receipt.messageIds()).containsExactlyElementsOf(expected);
        PrintedBatch batch = PrintedBatch.read(output, receipt);
        assertThat(batch.manifestColumn("message_id")).containsExactlyElementsOf(expected);
        assertThat(batch.manifestColumn("postal_code")).containsExactly("111 22", "111 22", "722 15", "981 31", "0154");
        assertThat(batch.page(Integer.parseInt(batch.row("abroad").get("first_page")))).contains("Ola Nordmann", "0154 Oslo", "NORGE");
    }

    @Test
    void keepsTheSubmittedOrderWhenNotSorting() {
        List<PaperLetter> letters = List.of(
                letter("c", "Cecilia Carlsson", "981 31"),
                letter("a", "Anna Andersson", "111 22"),
                letter("b", "Bertil Berg", "555 55"));

        PaperReceipt receipt = channel().sortByPostalCode(false).build().submit(batch("b1", letters));

        assertThat(receipt.messageIds()).containsExactly("c", "a", "b");
        assertThat(PrintedBatch.read(output, receipt).manifestColumn("message_id")).containsExactly("c", "a", "b");
    }

    @Test
    void receiptHasTheSha256OfEachFile() throws IOException {
        PaperReceipt receipt = channel().build().submit(batch("b1", List.of(letter("m1", "Anna Andersson", "111 22"))));

        Path directory = output.resolve(receipt.batchId());
        assertThat(receipt.files()).containsOnlyKeys("letters.pdf", "manifest.csv");
        for (Map.Entry<String, String> file : receipt.files().entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).isEqualTo(Sha256.hex(Files.readAllBytes(directory.resolve(file.getKey()))));
        }
    }

    @Test
    void manifestHasAHeaderAndQuotesWhatNeedsIt() throws IOException {
        PostalAddress address = new PostalAddress("Berg; Bertil \"Berra\"", "Andersson", "Storgatan 1", "11122", "Stockholm", "");
        PaperReceipt receipt = channel().build().submit(batch("b1", List.of(letter("m1", address, text("Enkät", "Hej!")))));

        List<String> lines = Files.readAllLines(output.resolve(receipt.batchId()).resolve("manifest.csv"));
        assertThat(lines.get(0)).isEqualTo("sequence;message_id;case_id;name;care_of;street;postal_code;city;country;page_count;first_page");
        assertThat(lines.get(1)).isEqualTo("1;m1;case-m1;\"Berg; Bertil \"\"Berra\"\"\";Andersson;Storgatan 1;111 22;Stockholm;;2;1");
    }

    @Test
    void theBatchIdGivenNamesTheBatchDirectory() {
        PaperReceipt receipt = channel().build().submit(batch("lfs-2026-48.1", List.of(letter("m1", "Anna Andersson", "111 22"))));

        assertThat(receipt.batchId()).isEqualTo("lfs-2026-48.1");
        assertThat(output.resolve("lfs-2026-48.1").resolve("letters.pdf")).isRegularFile();
        assertThat(output.resolve("lfs-2026-48.1").resolve("manifest.csv")).isRegularFile();
    }

    @Test
    void theSameBatchHandedOverAgainGetsTheSameReceiptAndLeavesTheFilesAsTheyAre() throws IOException {
        PrintBatchChannel channel = channel().build();
        List<PaperLetter> letters = List.of(letter("m1", "Anna Andersson", "222 33"), letter("m2", "Bertil Berg", "111 22"));
        PaperReceipt first = channel.submit(batch("vecka-48", letters));
        Path directory = output.resolve("vecka-48");
        // Back-dated, so that a rewrite would show even on a file system with coarse timestamps.
        FileTime written = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        for (String file : first.files().keySet()) {
            Files.setLastModifiedTime(directory.resolve(file), written);
        }

        PaperReceipt again = channel.submit(batch("vecka-48", letters));
        PaperReceipt reordered = channel.submit(batch("vecka-48", List.of(letters.get(1), letters.get(0))));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
        assertThat(first.messageIds()).containsExactly("m2", "m1");
        for (Map.Entry<String, String> file : first.files().entrySet()) {
            assertThat(Sha256.hex(Files.readAllBytes(directory.resolve(file.getKey())))).as(file.getKey()).isEqualTo(file.getValue());
            assertThat(Files.getLastModifiedTime(directory.resolve(file.getKey()))).as(file.getKey()).isEqualTo(written);
        }
        assertThat(listing()).containsExactly("vecka-48");
    }

    @Test
    void refusesTheSameBatchIdWithOtherLettersAndKeepsTheFirstBatch() throws IOException {
        PrintBatchChannel channel = channel().build();
        PaperReceipt first = channel.submit(batch("vecka-48", List.of(letter("m1", "Anna Andersson", "111 22"))));

        assertThatThrownBy(() -> channel.submit(batch("vecka-48", List.of(letter("m2", "Bertil Berg", "222 33")))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("vecka-48")
                .hasMessageContaining("taken by another batch");
        assertThatThrownBy(() -> channel.submit(batch("vecka-48",
                List.of(letter("m1", "Anna Andersson", "111 22"), letter("m2", "Bertil Berg", "222 33")))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("taken by another batch");

        Path directory = output.resolve("vecka-48");
        assertThat(Sha256.hex(Files.readAllBytes(directory.resolve("manifest.csv")))).isEqualTo(first.files().get("manifest.csv"));
        assertThat(Sha256.hex(Files.readAllBytes(directory.resolve("letters.pdf")))).isEqualTo(first.files().get("letters.pdf"));
        assertThat(listing()).containsExactly("vecka-48");
    }

    @Test
    void refusesABatchIdTakenByADirectoryThatIsNoBatch() throws IOException {
        Path directory = Files.createDirectory(output.resolve("vecka-48"));
        Files.writeString(directory.resolve("anteckningar.txt"), "inte en tryckbatch");

        assertThatThrownBy(() -> channel().build().submit(batch("vecka-48", List.of(letter("m1", "Anna Andersson", "111 22")))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("vecka-48")
                .hasMessageContaining("letters.pdf");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("anteckningar.txt");
        }
    }

    @Test
    void aStagingDirectoryLeftByACrashDoesNotStopTheBatchAndIsDeletedAfterIt() throws IOException {
        Path leftover = Files.createDirectory(output.resolve(".vecka-48.partial-12345"));
        Files.writeString(leftover.resolve("letters.pdf"), "%PDF-1.4 half written");
        Files.createDirectory(output.resolve(".vecka-49.partial-67890"));

        PaperReceipt receipt = channel().build().submit(batch("vecka-48", List.of(letter("m1", "Anna Andersson", "111 22"))));

        assertThat(PrintedBatch.read(output, receipt).manifestColumn("message_id")).containsExactly("m1");
        assertThat(listing()).as("another batch's staging may still be in use").containsExactlyInAnyOrder("vecka-48", ".vecka-49.partial-67890");
    }

    @Test
    void refusesAMessageIdGivenTwice() {
        List<PaperLetter> letters = List.of(letter("m1", "Anna Andersson", "111 22"), letter("m1", "Bertil Berg", "222 33"));

        assertThatThrownBy(() -> channel().build().submit(batch("b1", letters)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("m1")
                .hasMessageContaining("more than once");
    }

    @Test
    void refusesAnAttachmentThatIsNotAReadablePdfAndLeavesNoStagingBehind() throws IOException {
        Attachment broken = Attachment.of("trasig.pdf", "%PDF-1.4 this is no pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        List<PaperLetter> letters = List.of(letter("m1", address("Anna Andersson", "111 22", "Stockholm"), text("Enkät", "Hej!", broken)));

        assertThatThrownBy(() -> channel().build().submit(batch("trasig", letters)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("trasig.pdf");
        assertThat(listing()).isEmpty();
    }

    @Test
    void refusesAGivenBatchIdThatIsNoPlainDirectoryName() {
        PrintBatchChannel channel = channel().build();

        assertThatThrownBy(() -> channel.submit(batch("../elsewhere", List.of(letter("m1", "Anna Andersson", "111 22")))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("../elsewhere");
    }

    @Test
    void refusesAnEmptyBatch() {
        PrintBatchChannel channel = channel().build();

        assertThatThrownBy(() -> channel.submit(batch("b1", List.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderListsEverySettingToCorrect() {
        PrintBatchChannel.Builder builder = PrintBatchChannel.builder()
                .returnAddress(List.of("Statistikmyndigheten", "Box 24300", "104 51 Stockholm", "Sverige", "Tel 010-479 40 00", "Extra"))
                .clock(null);

        assertThatThrownBy(builder::build)
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("outputDirectory must be set")
                .hasMessageContaining("returnAddress may have at most 5 lines")
                .hasMessageContaining("clock must not be null");
    }

    @Test
    void builderRefusesAnOutputDirectoryThatDoesNotExist() {
        PrintBatchChannel.Builder builder = PrintBatchChannel.builder().outputDirectory(output.resolve("missing"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("create it first");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static String longBody(int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            body.append("Stycke ").append(i).append(": vi vill veta hur du arbetar och hur mycket, för statistikens skull.\n\n");
        }
        return body.toString();
    }
}
