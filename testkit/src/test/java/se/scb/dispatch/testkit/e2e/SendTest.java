package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.SendProgress;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;

@ExtendWith(DispatcherExtension.class)
class SendTest {

    private static final DeliveryResult UNAVAILABLE = DeliveryResult.transientFailure("503", "Service unavailable", Optional.empty());

    @Test
    void sendsDigitalLettersToTheOperatorAndTheRestToPaper(Dispatcher dispatcher, FakeRecipientDirectory directory, FakeMailboxOperator operator,
            FakePaperChannel paper, TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 30);
        people.subList(0, 20).forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));

        SendReport report = dispatcher.send(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

        assertThat(report.status().count(DeliveryState.DELIVERED)).isEqualTo(20);
        assertThat(report.status().count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(10);
        assertThat(report.status().isComplete()).isTrue();
        assertThat(operator.received()).extracting(letter -> letter.recipient()).containsExactlyInAnyOrderElementsOf(people.subList(0, 20));
        assertThat(operator.received().get(0).message().subject()).isEqualTo("Inbjudan till AKU");
        assertThat(paper.letters()).hasSize(10).allSatisfy(letter -> assertThat(letter.address().city()).isEqualTo("Ankeborg"));
        assertThat(operator.repeats()).isZero();
    }

    @Test
    void retriesTransientFailuresUnderTheSameMessageId(Dispatcher dispatcher, FakeRecipientDirectory directory, FakeMailboxOperator operator,
            TestIdentityNumbers ids) {
        RecipientId person = ids.personalIdentityNumber(1980);
        directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra")));
        operator.failNext(2, UNAVAILABLE);

        SendReport report = dispatcher.send(Samples.rows(List.of(person)), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

        assertThat(report.status().count(DeliveryState.DELIVERED)).isEqualTo(1);
        String messageId = operator.received().get(0).messageId();
        assertThat(operator.attempts(messageId)).isEqualTo(3);
        assertThat(dispatcher.dispatchLog().allEvents(report.dispatchId(), EventQuery.all().ofLetter(messageId)).toList()).extracting(JournalEvent::type)
                .containsSubsequence(EventType.PLANNED, EventType.SENT, EventType.RETRY_SCHEDULED, EventType.SENT, EventType.RETRY_SCHEDULED,
                        EventType.SENT, EventType.DELIVERED);
    }

    @Test
    void failsALetterWhoseRetriesRunOutAndOneTheOperatorRejects(Dispatcher dispatcher, FakeRecipientDirectory directory,
            FakeMailboxOperator operator, TestIdentityNumbers ids) {
        RecipientId unlucky = ids.personalIdentityNumber(1970);
        RecipientId refused = ids.personalIdentityNumber(1971);
        List.of(unlucky, refused).forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("fortnox"))));
        operator.failFor(unlucky, UNAVAILABLE).failFor(refused, DeliveryResult.rejected("400", "Bad request"));

        SendReport report = dispatcher.send(Samples.rows(List.of(unlucky, refused)), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

        assertThat(report.status().count(DeliveryState.FAILED)).isEqualTo(2);
        assertThat(reasonOf(dispatcher, report, unlucky)).contains(ReasonCode.OPERATOR_UNAVAILABLE);
        assertThat(reasonOf(dispatcher, report, refused)).contains(ReasonCode.OPERATOR_REJECTED);
    }

    @Test
    void handsALetterToPaperWhenDigitalFailsForGoodIfTheDispatchSaysSo(Dispatcher dispatcher, FakeRecipientDirectory directory,
            FakeMailboxOperator operator, FakePaperChannel paper, TestIdentityNumbers ids) {
        RecipientId refused = ids.personalIdentityNumber(1960);
        directory.arrange(Reachability.reachable(refused, FakeMailboxes.at("kivra")));
        operator.failFor(refused, DeliveryResult.rejected("400", "Bad request"));

        SendReport report = dispatcher.send(Samples.rows(List.of(refused)), Samples.INVITATION,
                DispatchOptions.named("Inbjudan").paperOnDigitalFailure(true));

        assertThat(report.status().count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(1);
        assertThat(reasonOf(dispatcher, report, refused)).contains(ReasonCode.OPERATOR_REJECTED);
        assertThat(paper.letters()).hasSize(1);
    }

    @Test
    void aPrintBatchThePaperChannelRefusedIsHandedOverAgainWholeUnderTheSameId(Dispatcher dispatcher, FakePaperChannel paper,
            TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 5);
        paper.failNext(1);

        SendReport report = dispatcher.send(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

        assertThat(report.status().count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(5);
        assertThat(paper.batches()).hasSize(1);
        assertThat(paper.letters()).hasSize(5);
        String batchId = paper.batches().get(0).id();
        assertThat(dispatcher.dispatchLog().allLetters(report.dispatchId(), LetterQuery.all()).toList()).allSatisfy(entry -> assertThat(entry.paperBatch()).contains(batchId));
        assertThat(dispatcher.dispatchLog().allEvents(report.dispatchId(), EventQuery.all()).toList()).filteredOn(event -> event.type() == EventType.RETRY_SCHEDULED)
                .hasSize(5).allSatisfy(event -> assertThat(event.code()).isEqualTo("PAPER_CHANNEL"));
    }

    @Test
    void keepsNoMoreLettersInFlightPerOperatorThanAllowed(FakeRecipientDirectory directory, FakeMailboxOperator operator, FakePaperChannel paper,
            TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 40);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        operator.latency(Duration.ofMillis(20));
        try (Dispatcher narrow = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(paper)
                .runSettings(DispatcherExtension.FAST.withMaxInFlightPerOperator(3)).build()) {

            narrow.send(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan"));
        }

        assertThat(operator.receivedCount()).isEqualTo(40);
        assertThat(operator.maxConcurrentDeliveries()).isEqualTo(3);
    }

    @Test
    void tellsTheListenerOfEveryRowAndEverySettledLetter(FakeRecipientDirectory directory, FakeMailboxOperator operator, FakePaperChannel paper,
            TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 12);
        people.subList(0, 6).forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("billo"))));
        List<Long> planned = new CopyOnWriteArrayList<>();
        List<SendProgress> progress = new CopyOnWriteArrayList<>();
        DispatchListener listener = new DispatchListener() {
            @Override
            public void planned(se.scb.dispatch.model.RecipientOutcome outcome) {
                planned.add(outcome.row());
            }

            @Override
            public void progressed(SendProgress step) {
                progress.add(step);
            }
        };
        try (Dispatcher listened = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(paper)
                .runSettings(DispatcherExtension.FAST).listener(listener).build()) {
            listened.send(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan"));
        }

        assertThat(planned).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(progress).hasSize(12);
        SendProgress last = progress.stream().max((a, b) -> Long.compare(a.settled(), b.settled())).orElseThrow();
        assertThat(last).isEqualTo(new SendProgress(12, 12, 6, 6, 0));
    }

    @Test
    void aLetterClaimedByARunnerThatDiedIsSentByAnotherUnderTheSameMessageId(FakeRecipientDirectory directory, FakeMailboxOperator operator,
            FakePaperChannel paper, TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 5);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        Journal journal = Journal.inMemory();
        try (Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(paper)
                .journal(journal).runSettings(DispatcherExtension.FAST).build()) {
            String dispatchId = dispatcher.schedule(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan")).dispatchId();
            // A runner claims two letters and dies: its lease has already run out.
            java.time.Instant now = java.time.Instant.now();
            List<JournalEntry> lost = JournalStore.of(journal).claim(dispatchId, "runner-that-died", now.minusSeconds(60), Duration.ofSeconds(1), 2);

            dispatcher.awaitSettled(dispatchId);

            assertThat(dispatcher.status(dispatchId).count(DeliveryState.DELIVERED)).isEqualTo(5);
            assertThat(operator.receivedCount()).isEqualTo(5);
            assertThat(lost).allSatisfy(entry -> assertThat(operator.attempts(entry.messageId())).isEqualTo(1));
        }
    }

    @Test
    void cancellingLeavesSentLettersSentAndCancelsTheRest(Dispatcher dispatcher, FakeRecipientDirectory directory, FakeMailboxOperator operator,
            TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 6);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        String dispatchId = dispatcher.schedule(Samples.rows(people), Samples.INVITATION,
                DispatchOptions.named("Inbjudan").schedule(se.scb.dispatch.model.Schedule.immediately().startingAt(java.time.Instant.now().plusSeconds(3600))))
                .dispatchId();

        int cancelled = dispatcher.cancel(dispatchId);
        dispatcher.runDueWork();

        assertThat(cancelled).isEqualTo(6);
        assertThat(dispatcher.status(dispatchId).count(DeliveryState.CANCELLED)).isEqualTo(6);
        assertThat(operator.receivedCount()).isZero();
        assertThat(dispatcher.dispatchLog().dispatch(dispatchId).orElseThrow().state()).isEqualTo(se.scb.dispatch.journal.DispatchState.CANCELLED);
    }

    @Test
    void cancellingARunningDispatchSettlesEveryLetterItsRunnerHeld(FakeRecipientDirectory directory, FakeMailboxOperator operator,
            FakePaperChannel paper, TestIdentityNumbers ids) throws InterruptedException {
        // Long enough (about 4 s one at a time) that the runner sees the cancellation, which it looks for every second.
        List<RecipientId> people = people(ids, 200);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        operator.latency(Duration.ofMillis(20));
        try (Dispatcher slow = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(paper)
                .runSettings(DispatcherExtension.FAST.withMaxInFlightPerOperator(1)).build()) {
            String dispatchId = slow.schedule(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan")).dispatchId();
            slow.start();
            awaitUntil(() -> operator.receivedCount() >= 3);

            slow.cancel(dispatchId);
            awaitUntil(() -> slow.status(dispatchId).isComplete());

            long delivered = slow.status(dispatchId).count(DeliveryState.DELIVERED);
            assertThat(delivered).isEqualTo(operator.receivedCount()).isLessThan(200);
            assertThat(slow.status(dispatchId).count(DeliveryState.CANCELLED)).isEqualTo(200 - delivered);
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for the condition").isLessThan(giveUp);
            Thread.sleep(5);
        }
    }

    @Test
    void aPausedDispatchSendsNothingUntilResumed(Dispatcher dispatcher, FakeRecipientDirectory directory, FakeMailboxOperator operator,
            TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 4);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        String dispatchId = dispatcher.schedule(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan")).dispatchId();

        dispatcher.pause(dispatchId);
        dispatcher.runDueWork();
        assertThat(operator.receivedCount()).isZero();

        dispatcher.resume(dispatchId);
        dispatcher.awaitSettled(dispatchId);
        assertThat(operator.receivedCount()).isEqualTo(4);
    }

    private static Optional<ReasonCode> reasonOf(Dispatcher dispatcher, SendReport report, RecipientId person) {
        return dispatcher.dispatchLog().allLetters(report.dispatchId(), LetterQuery.all().of(person)).toList().get(0).reason();
    }

    private static List<RecipientId> people(TestIdentityNumbers ids, int count) {
        List<RecipientId> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(ids.randomPerson(1940, 2005));
        }
        return people;
    }
}
