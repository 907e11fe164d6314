package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.paper.Letters.batch;
import static se.scb.dispatch.paper.Letters.letter;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestClock;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** A disk that fills up under the print batch channel, simulated at the one place files are created. */
class FullDiskTest {

    private static final Pattern SAID = Pattern.compile("(?i)space left");

    @TempDir
    Path output;

    private PrintBatchChannel channel(BatchDirectory.FileCreator creator) {
        return PrintBatchChannel.builder().outputDirectory(output).files(creator).build();
    }

    private static List<PaperLetter> letters() {
        return List.of(letter("m1", "Anna Andersson", "111 22"), letter("m2", "Bertil Berg", "722 12"));
    }

    @Test
    void aFullDiskIsSaidOnceInPlainWordsAndLeavesNothingBehind() throws IOException {
        BatchDirectory.FileCreator full = file -> {
            throw new FileSystemException(file.toString(), null, "No space left on device");
        };

        assertThatThrownBy(() -> channel(full).submit(batch("b1", letters())))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("Print batch b1 was not written: no space left on " + output.toAbsolutePath() + "; free space there")
                .satisfies(e -> assertThat(SAID.matcher(e.getMessage()).results().count()).isEqualTo(1));
        assertThat(listing()).isEmpty();
    }

    @Test
    void aPlainIOExceptionWithTheSystemsWordsIsAFullDiskToo_evenAfterTheFirstFileWasWritten() throws IOException {
        AtomicInteger created = new AtomicInteger();
        BatchDirectory.FileCreator fillsUp = file -> {
            if (created.incrementAndGet() > 1) {
                throw new IOException("No space left on device");
            }
            return BatchDirectory.FileCreator.NEW_FILE.create(file);
        };

        assertThatThrownBy(() -> channel(fillsUp).submit(batch("b1", letters())))
                .hasMessageContaining("no space left on " + output.toAbsolutePath())
                .satisfies(e -> assertThat(SAID.matcher(e.getMessage()).results().count()).isEqualTo(1));
        assertThat(created).hasValue(2);
        assertThat(listing()).isEmpty();
    }

    @Test
    void anotherWriteFailureIsNotCalledAFullDisk() {
        BatchDirectory.FileCreator denied = file -> {
            throw new AccessDeniedException(file.toString());
        };

        assertThatThrownBy(() -> channel(denied).submit(batch("b1", letters())))
                .hasMessageStartingWith("Print batch b1 could not be written to or read from " + output.toAbsolutePath())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("space"));
    }

    @Test
    void aDispatchWhoseDiskStaysFullEndsWithItsPaperLettersFailed() {
        TestIdentityNumbers ids = new TestIdentityNumbers(5);
        PrintBatchChannel channel = channel(file -> {
            throw new FileSystemException(file.toString(), null, "No space left on device");
        });
        RunSettings settings = RunSettings.defaults().withIdlePoll(Duration.ofMillis(5)).withLease(Duration.ofDays(30))
                .withRetryPolicy(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 2.0, 0.2));
        MessageTemplate template = MessageTemplate.builder().sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
                .subject("Enkät").text("Hej {{namn}}!").build();

        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(FakeRecipientDirectory.builder().build()).mailboxOperator(operator)
                        .paperChannel(channel).runSettings(settings)
                        .clock(new TestClock(Instant.parse("2026-11-30T08:00:00Z")).ticking(Duration.ofMinutes(1))).build()) {
            SendReport report = dispatcher.send(PopulationSource.of(List.of(row(ids.randomPerson(1950, 1990).formatted(), "Anna Andersson"),
                    row(ids.randomPerson(1950, 1990).formatted(), "Bertil Berg"))), template, DispatchOptions.named("Enkät"));

            assertThat(report.status().isComplete()).isTrue();
            List<JournalEntry> entries = dispatcher.dispatchLog().allLetters(report.dispatchId(), LetterQuery.all()).toList();
            assertThat(entries).hasSize(2).allSatisfy(entry -> {
                assertThat(entry.state()).isEqualTo(DeliveryState.FAILED);
                assertThat(entry.reason()).contains(ReasonCode.PAPER_CHANNEL_FAILED);
                assertThat(entry.attempts()).isEqualTo(3);
            });
            assertThat(dispatcher.dispatchLog().allEvents(report.dispatchId(), EventQuery.all()).toList())
                    .filteredOn(event -> event.type() == EventType.FAILED).hasSize(2)
                    .allSatisfy(event -> assertThat(event.detail()).contains("no space left on " + output.toAbsolutePath()));
        }
    }

    private static Map<String, String> row(String id, String name) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("personnummer", id);
        row.put("namn", name);
        row.put("utdelningsadress", "Storgatan 1");
        row.put("postnummer", "722 12");
        row.put("postort", "Västerås");
        return row;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }
}
