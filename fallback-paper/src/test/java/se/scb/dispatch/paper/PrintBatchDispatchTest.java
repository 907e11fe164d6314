package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** The whole way from a population to a print batch: validation stops a bad address before the print house sees it. */
class PrintBatchDispatchTest {

    @TempDir
    Path output;

    @Test
    void aLetterWithABadAddressNeverReachesTheBatchAndTheRestArePrinted() throws Exception {
        TestIdentityNumbers ids = new TestIdentityNumbers(11);
        List<Map<String, String>> rows = List.of(
                row(ids.randomPerson(1950, 1990).formatted(), "Åsa Öberg-Ängström", "Storgatan 1", "722 12", "Västerås"),
                row(ids.randomPerson(1950, 1990).formatted(), "Bertil Berg", "", "111 22", "Stockholm"),
                row(ids.randomPerson(1950, 1990).formatted(), "Cecilia Ceder", "Lilla vägen 3", "1234", "Umeå"),
                row(ids.randomPerson(1950, 1990).formatted(), "David Dahl", "Kyrkogatan 9", "411 15", "Göteborg"));
        MessageTemplate template = MessageTemplate.builder()
                .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
                .subject("Påminnelse om undersökningen")
                .text("Hej {{namn}}!\n\nVi har ännu inte fått ditt svar.")
                .build();
        PrintBatchChannel channel = PrintBatchChannel.builder().outputDirectory(output).returnAddress(List.of("Box 24300", "104 51 Stockholm")).build();

        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(FakeRecipientDirectory.builder().build())
                        .mailboxOperator(operator).paperChannel(channel).build()) {
            SendReport report = dispatcher.send(PopulationSource.of(rows), template, DispatchOptions.named("Påminnelse"));

            assertThat(report.status().count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(2);
            assertThat(report.status().reasons()).containsEntry(ReasonCode.ADDRESS_INCOMPLETE, 2L);
            List<JournalEntry> entries = dispatcher.dispatchLog().allLetters(report.dispatchId(), LetterQuery.all()).toList();
            String batchId = entries.stream().flatMap(entry -> entry.paperBatch().stream()).findFirst().orElseThrow();
            List<String> printed = entries.stream().filter(entry -> entry.state() == DeliveryState.HANDED_TO_PAPER).map(JournalEntry::messageId)
                    .toList();

            PrintedBatch batch = PrintedBatch.read(output, new PaperReceipt(batchId, printed, Map.of()));
            assertThat(batch.manifestColumn("name")).containsExactlyInAnyOrder("Åsa Öberg-Ängström", "David Dahl");
            assertThat(batch.manifestColumn("message_id")).containsExactlyInAnyOrderElementsOf(printed);
            for (Map<String, String> printedRow : batch.manifest) {
                assertThat(batch.pagesOf(printedRow)).contains(printedRow.get("name"), printedRow.get("city"), "Påminnelse om undersökningen");
            }
            try (Stream<Path> files = Files.walk(output)) {
                String everything = files.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".csv"))
                        .map(PrintBatchDispatchTest::read).reduce("", String::concat);
                assertThat(everything).doesNotContain("Bertil Berg", "Cecilia Ceder");
            }
        }
    }

    private static Map<String, String> row(String id, String name, String street, String postalCode, String city) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("personnummer", id);
        row.put("namn", name);
        row.put("utdelningsadress", street);
        row.put("postnummer", postalCode);
        row.put("postort", city);
        return row;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
