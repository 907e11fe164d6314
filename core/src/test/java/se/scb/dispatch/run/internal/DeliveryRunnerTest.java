package se.scb.dispatch.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalFixtures;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.run.SendProgress;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;

/** The runner's parts together: every letter ends in one final state, as the answer policy decides. */
class DeliveryRunnerTest {

    private static final RetryPolicy TWO_QUICK_ATTEMPTS = new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1.0, 0.0);
    private static final RunSettings SETTINGS = RunSettings.defaults().withRetryPolicy(TWO_QUICK_ATTEMPTS).withIdlePoll(Duration.ofMillis(5));

    private final JournalStore journal = JournalStore.of(Journal.inMemory());
    private final Clock clock = Clock.systemUTC();
    private final List<String> printed = new ArrayList<>();
    private final Map<String, AtomicInteger> attemptsPerLetter = new ConcurrentHashMap<>();
    private final List<SendProgress> progress = new ArrayList<>();

    @Test
    void each_letter_ends_as_its_answers_decide_and_the_dispatch_completes() {
        // Row 1 is delivered, row 2 rejected, row 3 busy on every attempt, row 4 busy once then delivered; row 5 was planned for paper.
        Instant now = clock.instant();
        journal.createDispatch(new DispatchRecord("d1", DispatchOptions.named("test").paperOnDigitalFailure(true), "162021005489", "Subject",
                JournalFixtures.dispatch("any", now).templateJson(), DispatchState.PLANNING, now, Optional.empty()));
        List<JournalEntry> plan = new ArrayList<>();
        for (int row = 1; row <= 4; row++) {
            plan.add(JournalFixtures.digital("d1", row, JournalFixtures.person(row), now));
        }
        plan.add(JournalFixtures.paper("d1", 5, JournalFixtures.person(5), now));
        journal.addToPlan(plan);
        journal.updateState("d1", DispatchState.SCHEDULED, now);

        DispatchStatus status;
        try (DeliveryRunner runner = new DeliveryRunner(journal, operatorAnsweringByRow(), printingChannel(), SETTINGS, clock, listener())) {
            status = runner.runUntilSettled("d1");
        }

        assertThat(state(1)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(state(2)).isEqualTo(DeliveryState.HANDED_TO_PAPER);
        assertThat(reason(2)).contains(ReasonCode.OPERATOR_REJECTED);
        assertThat(state(3)).isEqualTo(DeliveryState.HANDED_TO_PAPER);
        assertThat(reason(3)).contains(ReasonCode.OPERATOR_UNAVAILABLE);
        assertThat(state(4)).isEqualTo(DeliveryState.DELIVERED);
        assertThat(state(5)).isEqualTo(DeliveryState.HANDED_TO_PAPER);
        assertThat(attemptsPerLetter.get(messageId(2)).get()).isEqualTo(1);
        assertThat(attemptsPerLetter.get(messageId(3)).get()).isEqualTo(2);
        assertThat(attemptsPerLetter.get(messageId(4)).get()).isEqualTo(2);
        assertThat(printed).containsExactlyInAnyOrder(messageId(2), messageId(3), messageId(5));
        assertThat(status.isComplete()).isTrue();
        assertThat(journal.dispatch("d1").orElseThrow().state()).isEqualTo(DispatchState.COMPLETED);
        assertThat(progress).hasSize(5).last().satisfies(last -> assertThat(last.settled()).isEqualTo(5));
    }

    private MailboxOperator operatorAnsweringByRow() {
        return new MailboxOperator() {
            @Override
            public CompletionStage<DeliveryResult> deliver(Letter letter) {
                int attempt = attemptsPerLetter.computeIfAbsent(letter.messageId(), id -> new AtomicInteger()).incrementAndGet();
                DeliveryResult busy = DeliveryResult.transientFailure("503", "Busy.", Optional.empty());
                DeliveryResult answer = letter.messageId().equals(messageId(2)) ? DeliveryResult.rejected("400", "No.")
                        : letter.messageId().equals(messageId(3)) ? busy
                        : letter.messageId().equals(messageId(4)) && attempt == 1 ? busy
                        : DeliveryResult.delivered("200", "OK");
                return CompletableFuture.supplyAsync(() -> answer);
            }

            @Override
            public OperatorCapabilities capabilities() {
                return new OperatorCapabilities(1_000_000, Set.of("text/plain"), Set.of("application/pdf"), Set.of());
            }
        };
    }

    private PaperChannel printingChannel() {
        return batch -> {
            batch.letters().forEach(letter -> printed.add(letter.messageId()));
            return new PaperReceipt(batch.id(), batch.letters().stream().map(PaperLetter::messageId).toList(), Map.of());
        };
    }

    private DispatchListener listener() {
        return new DispatchListener() {
            @Override
            public synchronized void progressed(SendProgress now) {
                progress.add(now);
            }
        };
    }

    private JournalEntry letter(int row) {
        return journal.allLetters("d1", LetterQuery.all()).filter(each -> each.row().number() == row).findFirst().orElseThrow();
    }

    private DeliveryState state(int row) {
        return letter(row).state();
    }

    private Optional<ReasonCode> reason(int row) {
        return letter(row).reason();
    }

    private String messageId(int row) {
        return letter(row).messageId();
    }
}
