package se.scb.dispatch.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.JournalFixtures;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;

class PaperBatchesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofSeconds(5), Duration.ofSeconds(5), 1.0, 0.0);

    private final JournalStore journal = JournalStore.of(Journal.inMemory());
    private final DispatchRecord dispatch = JournalFixtures.dispatch("d1", NOW);
    /** Per batch handed over: its id and how many of its letters the journal already held under that id at that moment. */
    private final List<String> handedOver = new ArrayList<>();
    private final List<Integer> inJournalAtHandOver = new ArrayList<>();

    @Test
    void letters_go_in_batches_of_at_most_the_batch_size_each_written_to_the_journal_before_it_is_handed_over() {
        List<JournalEntry> claimed = planAndClaim(5);
        PaperBatches paper = batches(takingChannel(), 2);

        claimed.forEach(paper::add);
        assertThat(paper.hasFullBatch()).isTrue();
        paper.submit();

        assertThat(handedOver).hasSize(3).doesNotHaveDuplicates();
        assertThat(inJournalAtHandOver).containsExactly(2, 2, 1);
        assertThat(journal.status("d1").count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(5);
        assertThat(types(claimed.get(0))).containsExactly(EventType.PAPER_BATCHED, EventType.HANDED_TO_PAPER);
    }

    @Test
    void a_batch_a_crash_left_behind_goes_again_whole_under_its_own_id() {
        List<JournalEntry> claimed = planAndClaim(3);
        String batchId = "d1-left-by-a-crash";
        List<JournalEntry> batched = claimed.stream().map(each -> each.inPaperBatch(batchId, each.reason())).toList();
        journal.recordAll(batched, List.of());
        PaperBatches paper = batches(takingChannel(), 10);

        paper.add(batched.get(1));
        paper.submit();

        assertThat(handedOver).containsExactly(batchId);
        assertThat(inJournalAtHandOver).containsExactly(3);
        assertThat(journal.status("d1").count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(3);
    }

    @Test
    void a_refused_batch_is_due_again_after_the_backoff_then_fails_with_a_reason_code() {
        List<JournalEntry> claimed = planAndClaim(2);
        AtomicInteger attempts = new AtomicInteger();
        PaperChannel refusing = batch -> {
            attempts.incrementAndGet();
            throw new ProviderException("No space left on the print share.");
        };
        PaperBatches paper = batches(refusing, 10);

        claimed.forEach(paper::add);
        paper.submit();

        List<JournalEntry> again = journal.letters("d1", LetterQuery.all()).items();
        assertThat(again).allSatisfy(each -> {
            assertThat(each.state()).isEqualTo(DeliveryState.PLANNED);
            assertThat(each.dueAt()).isEqualTo(NOW.plusSeconds(5));
            assertThat(each.attempts()).isEqualTo(1);
        });
        assertThat(types(claimed.get(0))).containsExactly(EventType.PAPER_BATCHED, EventType.RETRY_SCHEDULED);

        journal.claim("d1", "runner", NOW.plusSeconds(5), Duration.ofMinutes(2), 10).forEach(paper::add);
        paper.submit();

        assertThat(attempts.get()).isEqualTo(2);
        assertThat(journal.status("d1").count(DeliveryState.FAILED)).isEqualTo(2);
        assertThat(journal.status("d1").count(ReasonCode.PAPER_CHANNEL_FAILED)).isEqualTo(2);
        assertThat(lastEvent(claimed.get(0)).detail()).contains("After 2 attempt(s)").contains("No space left");
    }

    private PaperBatches batches(PaperChannel channel, int batchSize) {
        LetterLog log = new LetterLog(journal, "d1", CLOCK, DispatchListener.none(), Runnable::run);
        LetterRendering rendering = new LetterRendering(JournalCodec.template(dispatch.templateJson()), log);
        return new PaperBatches(journal, channel, dispatch, batchSize, new AnswerPolicy(TWO_ATTEMPTS, true, new SplittableRandom(1)), log, rendering);
    }

    private PaperChannel takingChannel() {
        return batch -> {
            handedOver.add(batch.id());
            inJournalAtHandOver.add(journal.paperBatch("d1", batch.id()).size());
            return new PaperReceipt(batch.id(), batch.letters().stream().map(PaperLetter::messageId).toList(), Map.of());
        };
    }

    private List<JournalEntry> planAndClaim(int letters) {
        journal.createDispatch(dispatch);
        List<JournalEntry> planned = new ArrayList<>();
        for (int row = 1; row <= letters; row++) {
            planned.add(JournalFixtures.paper("d1", row, JournalFixtures.person(row), NOW));
        }
        journal.addToPlan(planned);
        journal.updateState("d1", DispatchState.RUNNING, NOW);
        return journal.claim("d1", "runner", NOW, Duration.ofMinutes(2), letters);
    }

    private List<EventType> types(JournalEntry letter) {
        return events(letter).stream().map(JournalEvent::type).filter(type -> type != EventType.PLANNED && type != EventType.CLAIMED).toList();
    }

    private JournalEvent lastEvent(JournalEntry letter) {
        List<JournalEvent> events = events(letter);
        return events.get(events.size() - 1);
    }

    private List<JournalEvent> events(JournalEntry letter) {
        return journal.allEvents("d1", EventQuery.all().ofLetter(letter.messageId())).toList();
    }
}
