package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestClock;
import se.scb.dispatch.testkit.TestIdentityNumbers;
import se.scb.dispatch.testkit.logging.CapturedEvent;
import se.scb.dispatch.testkit.logging.CapturedLogs;

/** A paper channel that never takes a batch: the hand-overs are counted, backed off, and end; the dispatch completes. */
@ExtendWith(DispatcherExtension.class)
class PaperChannelFailureTest {

    private static final String FAULT = "No space left on /srv/print (PaperChannelFailureTest)";
    /** Four hand-overs, 10 s, 20 s and 40 s apart (each ± 20 %). */
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofMinutes(10), 2.0, 0.2);
    private static final Pattern WAIT = Pattern.compile("handed over again in (\\d+) ms");

    @BeforeEach
    void startCapturing() {
        CapturedLogs.requireActive();
        CapturedLogs.clear();
    }

    @Test
    void aBatchTheChannelNeverTakesFailsItsLettersWithTheirAttemptsCountedAndTheDispatchCompletes(FakeRecipientDirectory directory,
            FakeMailboxOperator operator, FakePaperChannel paper, TestIdentityNumbers ids) {
        List<RecipientId> people = List.of(ids.personalIdentityNumber(1950), ids.personalIdentityNumber(1960), ids.personalIdentityNumber(1970));
        paper.failAlways(FAULT);
        // The lease outlasts the minutes the ticking clock runs through, so no letter is claimed twice.
        try (Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(paper)
                .clock(new TestClock(Instant.parse("2026-11-30T08:00:00Z")).ticking(Duration.ofMinutes(1)))
                .runSettings(DispatcherExtension.FAST.withRetryPolicy(POLICY).withLease(Duration.ofDays(30))).build()) {

            SendReport report = dispatcher.send(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Pappersbrev"));

            assertThat(report.status().isComplete()).isTrue();
            assertThat(report.status().count(DeliveryState.FAILED)).isEqualTo(3);
            List<JournalEntry> letters = dispatcher.dispatchLog().allLetters(report.dispatchId(), LetterQuery.all()).toList();
            assertThat(letters).hasSize(3).allSatisfy(letter -> {
                assertThat(letter.state()).isEqualTo(DeliveryState.FAILED);
                assertThat(letter.reason()).contains(ReasonCode.PAPER_CHANNEL_FAILED);
                assertThat(letter.attempts()).isEqualTo(4);
            });
            List<JournalEvent> events = dispatcher.dispatchLog().allEvents(report.dispatchId(), EventQuery.all().ofLetter(letters.get(0).messageId()))
                    .toList();
            List<JournalEvent> retries = events.stream().filter(event -> event.type() == EventType.RETRY_SCHEDULED).toList();
            assertThat(retries).hasSize(3).allSatisfy(event -> assertThat(event.detail()).contains(FAULT));
            assertThat(retries.stream().map(PaperChannelFailureTest::waitOf).toList())
                    .satisfies(waits -> assertThat(waits.get(0)).isBetween(8_000L, 12_000L))
                    .satisfies(waits -> assertThat(waits.get(1)).isBetween(16_000L, 24_000L))
                    .satisfies(waits -> assertThat(waits.get(2)).isBetween(32_000L, 48_000L));
            assertThat(events).filteredOn(event -> event.type() == EventType.FAILED).singleElement().satisfies(event -> {
                assertThat(event.code()).isEqualTo("PAPER_CHANNEL_FAILED");
                assertThat(event.detail()).contains("After 4 attempt(s)").contains(FAULT);
            });
        }
        assertThat(paper.batches()).isEmpty();
        assertThat(CapturedLogs.all()).filteredOn(event -> event.message().contains(FAULT)).singleElement()
                .extracting(CapturedEvent::level).hasToString("ERROR");
    }

    private static long waitOf(JournalEvent retry) {
        Matcher wait = WAIT.matcher(retry.detail());
        assertThat(wait.find()).as("a wait in '%s'", retry.detail()).isTrue();
        return Long.parseLong(wait.group(1));
    }
}
