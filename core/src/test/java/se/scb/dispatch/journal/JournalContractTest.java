package se.scb.dispatch.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.scb.dispatch.journal.JournalFixtures.KIVRA;
import static se.scb.dispatch.journal.JournalFixtures.MINA_MEDDELANDEN;
import static se.scb.dispatch.journal.JournalFixtures.blocked;
import static se.scb.dispatch.journal.JournalFixtures.digital;
import static se.scb.dispatch.journal.JournalFixtures.duplicate;
import static se.scb.dispatch.journal.JournalFixtures.invalid;
import static se.scb.dispatch.journal.JournalFixtures.malformed;
import static se.scb.dispatch.journal.JournalFixtures.paper;
import static se.scb.dispatch.journal.JournalFixtures.person;
import static se.scb.dispatch.journal.JournalFixtures.row;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.internal.PlanLines;
import se.scb.dispatch.journal.internal.PlanProgress;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.plan.internal.PlanEntry;
import se.scb.dispatch.plan.internal.PlannedLetters;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;

/**
 * What every {@link Journal} does. A subclass supplies the journal; tests share it, so each works on
 * dispatches of its own, created at times of its own.
 */
public abstract class JournalContractTest {

    private static final Duration LEASE = Duration.ofSeconds(60);

    /** A start in a year of its own, so history queries by period see only this test's dispatches. */
    protected Instant t0;

    /** The journal under test. */
    protected abstract JournalStore journal();

    /** Another instance on the same storage, as a second process would have; the same object where there is no such thing. */
    protected JournalStore secondInstance() {
        return journal();
    }

    @BeforeEach
    void pickTime() {
        t0 = Instant.parse("2040-01-01T00:00:00Z").plus(Duration.ofHours(3L * ThreadLocalRandom.current().nextInt(0, 10_000_000)));
    }

    // --- dispatches

    @Test
    void keepsADispatchAsRecordedInStatePlanning() {
        DispatchRecord record = JournalFixtures.dispatch(newId(), t0).withState(DispatchState.RUNNING);
        journal().createDispatch(record);

        assertThat(journal().dispatch(record.id())).contains(record.withState(DispatchState.PLANNING));
        assertThat(journal().dispatch("no-such-dispatch")).isEmpty();
    }

    @Test
    void refusesASecondDispatchWithTheSameId() {
        String id = newDispatch();

        assertThatThrownBy(() -> journal().createDispatch(JournalFixtures.dispatch(id, t0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFinalDispatchStateNeverChanges() {
        String id = newDispatch();

        assertThat(journal().updateState(id, DispatchState.RUNNING, t0)).isTrue();
        assertThat(journal().updateState(id, DispatchState.COMPLETED, t0)).isTrue();
        assertThat(journal().updateState(id, DispatchState.RUNNING, t0)).isFalse();
        assertThat(journal().updateState("no-such-dispatch", DispatchState.RUNNING, t0)).isFalse();
        assertThat(journal().dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.COMPLETED);
    }

    @Test
    void aRunnerStartsSendingOnlyADispatchThatIsStillScheduled() {
        String scheduled = newDispatch();
        String paused = newDispatch();
        journal().updateState(scheduled, DispatchState.SCHEDULED, t0);
        journal().updateState(paused, DispatchState.SCHEDULED, t0);
        journal().updateState(paused, DispatchState.PAUSED, t0);

        assertThat(journal().startSending(scheduled, t0)).isTrue();
        assertThat(journal().startSending(paused, t0)).as("a pause after the runner read the dispatch stands").isFalse();
        assertThat(journal().startSending(scheduled, t0)).as("already running").isFalse();
        assertThat(journal().dispatch(scheduled).orElseThrow().state()).isEqualTo(DispatchState.RUNNING);
        assertThat(journal().dispatch(paused).orElseThrow().state()).isEqualTo(DispatchState.PAUSED);
    }

    // --- the plan in parts

    @Test
    void aPartOfThePlanIsSendableAtOnceWhileTheDispatchCannotCompleteUntilItsPlanIs() {
        String id = newDispatch();

        assertThat(journal().addPlanPart(id, List.of(digital(id, 1, person(1), t0), invalid(id, 2, t0)), new PlanProgress(2, "after-2", false)))
                .isTrue();

        assertThat(journal().dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.SCHEDULED);
        assertThat(journal().planProgress(id)).contains(new PlanProgress(2, "after-2", false));
        List<JournalEntry> claimed = journal().claim(id, "runner-a", t0, LEASE, 10);
        assertThat(claimed).extracting(entry -> entry.row().number()).containsExactly(1L);
        journal().record(claimed.get(0).delivered(t0), new JournalEvent(id, claimed.get(0).messageId(), 1, t0, EventType.DELIVERED, "", ""));
        assertThat(journal().status(id).finalCount()).isEqualTo(2);
        assertThat(journal().status(id).planComplete()).isFalse();
        assertThat(journal().status(id).isComplete()).as("every letter planned so far settled, but the plan is not complete").isFalse();
        assertThat(journal().updateState(id, DispatchState.COMPLETED, t0)).isFalse();

        assertThat(journal().addPlanPart(id, List.of(), new PlanProgress(2, "after-2", true))).isTrue();

        assertThat(journal().status(id).isComplete()).isTrue();
        assertThat(journal().history(HistoryQuery.all().createdBetween(Optional.of(t0), Optional.of(t0.plusSeconds(1)))))
                .filteredOn(summary -> summary.dispatch().id().equals(id))
                .singleElement().satisfies(summary -> assertThat(summary.status().isComplete()).isTrue());
        assertThat(journal().updateState(id, DispatchState.COMPLETED, t0)).isTrue();
    }

    @Test
    void aPartWithoutLettersLeavesADispatchInPlanningAndTheLastPartSchedulesIt() {
        String id = newDispatch();

        assertThat(journal().addPlanPart(id, List.of(), new PlanProgress(0, "none", false))).isTrue();
        assertThat(journal().dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.PLANNING);
        assertThat(journal().status(id).planComplete()).isFalse();

        assertThat(journal().addPlanPart(id, List.of(), new PlanProgress(0, "none", true))).isTrue();
        assertThat(journal().dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.SCHEDULED);
        assertThat(journal().status(id).isComplete()).isTrue();
    }

    @Test
    void aPausedDispatchStaysPausedWhileItsPlanIsWritten() {
        String id = newDispatch();
        journal().addPlanPart(id, List.of(digital(id, 1, person(1), t0)), new PlanProgress(1, "after-1", false));
        journal().updateState(id, DispatchState.PAUSED, t0);

        assertThat(journal().addPlanPart(id, List.of(digital(id, 2, person(2), t0)), new PlanProgress(2, "after-2", true))).isTrue();

        assertThat(journal().dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.PAUSED);
        assertThat(journal().claim(id, "runner-a", t0, LEASE, 10)).isEmpty();
        assertThat(journal().status(id).total()).isEqualTo(2);
    }

    @Test
    void aPartOfACancelledDispatchIsRefusedAndNothingOfItIsWritten() {
        String id = newDispatch();
        journal().addPlanPart(id, List.of(digital(id, 1, person(1), t0)), new PlanProgress(1, "after-1", false));
        journal().cancel(id, t0);

        assertThat(journal().addPlanPart(id, List.of(digital(id, 2, person(2), t0)), new PlanProgress(2, "after-2", false))).isFalse();

        assertThat(journal().status(id).total()).isEqualTo(1);
        assertThat(journal().planProgress(id)).contains(new PlanProgress(1, "after-1", false));
    }

    @Test
    void aPartRepeatingARowAlreadyPlannedIsRefusedWhole() {
        String id = newDispatch();
        journal().addPlanPart(id, List.of(digital(id, 1, person(1), t0)), new PlanProgress(1, "after-1", false));

        assertThatThrownBy(() -> journal().addPlanPart(id, List.of(digital(id, 2, person(2), t0), digital(id, 1, person(1), t0)),
                new PlanProgress(2, "after-2", false))).isInstanceOf(IllegalArgumentException.class);

        assertThat(journal().status(id).total()).isEqualTo(1);
        assertThat(journal().planProgress(id)).contains(new PlanProgress(1, "after-1", false));
    }

    @Test
    void aDispatchPlannedWholeWithoutPartsIsCompleteOnceItLeavesPlanning() {
        String id = newDispatch();
        journal().addToPlan(List.of(digital(id, 1, person(1), t0)));
        assertThat(journal().status(id).planComplete()).isFalse();
        assertThat(journal().planProgress(id)).isEmpty();

        journal().updateState(id, DispatchState.SCHEDULED, t0);

        assertThat(journal().status(id).planComplete()).isTrue();
    }

    // --- the plan

    @Test
    void givesBackThePlanAsWrittenInRowOrderWithCounts() {
        String id = newDispatch();
        List<JournalEntry> plan = List.of(
                digital(id, 1, person(1), t0),
                paper(id, 2, person(2), t0),
                invalid(id, 3, t0),
                malformed(id, 4, t0),
                digital(id, 5, person(5), t0),
                duplicate(id, 6, person(1), t0));
        List<JournalEntry> shuffled = new ArrayList<>(plan);
        Collections.shuffle(shuffled);
        journal().addToPlan(shuffled);

        assertThat(entries(id)).containsExactlyElementsOf(plan);
        DispatchStatus status = journal().status(id);
        assertThat(status.total()).isEqualTo(6);
        assertThat(status.count(DeliveryState.PLANNED)).isEqualTo(3);
        assertThat(status.count(DeliveryState.FAILED)).isEqualTo(3);
        assertThat(status.reasons()).isEqualTo(Map.of(ReasonCode.NO_MAILBOX, 1L, ReasonCode.INVALID_RECIPIENT_ID, 1L,
                ReasonCode.MALFORMED_ROW, 1L, ReasonCode.DUPLICATE_RECIPIENT, 1L));
    }

    @Test
    void keepsWhatTheDirectorySaidOfEachLetterThroughAPurge() {
        String id = newDispatch();
        Instant since = Instant.parse("2026-05-04T08:15:00Z");
        JournalEntry digital = digital(id, 1, person(1), t0);
        JournalEntry blocked = blocked(id, 2, person(2), since, t0);
        JournalEntry noMailbox = PlannedLetters.dueAt(id, new PlanEntry(row(3, person(3)), RecipientOutcome.of(3, Optional.of(person(3)),
                ReasonCode.NO_MAILBOX, "No mailbox."), Optional.of(Reachability.unreachable(person(3), Reachability.Status.NO_MAILBOX))), t0);
        JournalEntry notLookedUp = invalid(id, 4, t0);
        journal().addToPlan(List.of(digital, blocked, noMailbox, notLookedUp));

        journal().purgePersonalData(id, t0.plusSeconds(60));

        assertThat(entries(id)).extracting(JournalEntry::lookup).containsExactly(
                Optional.of(new LookupFacts(Reachability.Status.REACHABLE, Optional.of(MINA_MEDDELANDEN), Optional.empty())),
                Optional.of(new LookupFacts(Reachability.Status.SENDER_BLOCKED, Optional.of(KIVRA), Optional.of(since))),
                Optional.of(new LookupFacts(Reachability.Status.NO_MAILBOX, Optional.empty(), Optional.empty())),
                Optional.empty());
    }

    @Test
    void logsEveryPlannedRowAndEveryRowFailedInThePlan() {
        String id = newDispatch();
        JournalEntry sent = digital(id, 1, person(1), t0);
        JournalEntry failed = invalid(id, 2, t0);
        journal().addToPlan(List.of(sent, failed));

        List<JournalEvent> expected = new ArrayList<>(PlanLines.of(sent, t0));
        expected.addAll(PlanLines.of(failed, t0));
        assertThat(log(id)).containsExactlyElementsOf(expected);
        assertThat(log(id, failed.messageId())).extracting(JournalEvent::type).containsExactly(EventType.PLANNED, EventType.FAILED);
    }

    @Test
    void addsAPlanAllOrNothing() {
        String id = newDispatch();
        JournalEntry first = digital(id, 1, person(1), t0);
        journal().addToPlan(List.of(first));

        assertThatThrownBy(() -> journal().addToPlan(List.of(digital(id, 2, person(2), t0), first)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(entries(id)).containsExactly(first);
        assertThat(log(id)).hasSize(1);
        assertThatThrownBy(() -> journal().addToPlan(List.of(digital("no-such-dispatch", 1, person(1), t0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheEntriesOfOneRecipient() {
        String id = newDispatch();
        journal().addToPlan(List.of(digital(id, 1, person(1), t0), digital(id, 2, person(2), t0), duplicate(id, 3, person(1), t0)));

        assertThat(entriesOf(id, person(1))).extracting(entry -> entry.row().number()).containsExactly(1L, 3L);
        assertThat(entriesOf(id, person(3))).isEmpty();
    }

    @Test
    void aDispatchNotInTheJournalIsAMistake() {
        String unknown = newId();

        assertThatThrownBy(() -> journal().status(unknown)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(unknown);
        assertThatThrownBy(() -> entries(unknown)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log(unknown)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal().claim(unknown, "a", t0, LEASE, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal().append(new JournalEvent(unknown, "m", 1, t0, EventType.SENT, "", ""))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> journal().cancel(unknown, t0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal().purgePersonalData(unknown, t0)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- claims and leases

    @Test
    void claimsDueLettersInRowOrderAndNeverAFinalOne() {
        String id = sending(d -> IntStream.rangeClosed(1, 6).mapToObj(n -> n == 3 ? invalid(d, n, t0) : digital(d, n, person(n), t0)));

        List<JournalEntry> first = journal().claim(id, "runner-a", t0, LEASE, 3);
        List<JournalEntry> second = journal().claim(id, "runner-b", t0, LEASE, 3);

        assertThat(first).extracting(entry -> entry.row().number()).containsExactly(1L, 2L, 4L);
        assertThat(first).allSatisfy(entry -> assertThat(entry.state()).isEqualTo(DeliveryState.CLAIMED));
        assertThat(second).extracting(entry -> entry.row().number()).containsExactly(5L, 6L);
        assertThat(journal().claim(id, "runner-c", t0, LEASE, 3)).isEmpty();
        assertThat(journal().status(id).count(DeliveryState.CLAIMED)).isEqualTo(5);
        assertThat(log(id, first.get(0).messageId())).as("a claim is the runners' business, not a line of the log")
                .extracting(JournalEvent::type).containsExactly(EventType.PLANNED);
    }

    @Test
    void claimsNothingOfADispatchThatIsNotSending() {
        String id = newDispatch();
        journal().addToPlan(List.of(digital(id, 1, person(1), t0)));

        assertThat(journal().claim(id, "runner-a", t0, LEASE, 10)).isEmpty();
        journal().updateState(id, DispatchState.PAUSED, t0);
        assertThat(journal().claim(id, "runner-a", t0, LEASE, 10)).isEmpty();
        journal().updateState(id, DispatchState.RUNNING, t0);
        assertThat(journal().claim(id, "runner-a", t0, LEASE, 10)).hasSize(1);
    }

    @Test
    void claimsLettersNotYetDueOnlyWhenTheyFallDueEarliestFirst() {
        String id = sending(d -> List.of(
                digital(d, 1, person(1), t0.plusSeconds(600)),
                digital(d, 2, person(2), t0.plusSeconds(60)),
                digital(d, 3, person(3), t0.plusSeconds(60))).stream());

        assertThat(journal().claim(id, "runner-a", t0, LEASE, 10)).isEmpty();
        assertThat(journal().claim(id, "runner-a", t0.plusSeconds(300), Duration.ofHours(1), 1)).extracting(entry -> entry.row().number()).containsExactly(2L);
        assertThat(journal().claim(id, "runner-a", t0.plusSeconds(600), LEASE, 10)).extracting(entry -> entry.row().number())
                .containsExactly(3L, 1L);
    }

    @Test
    void aLeaseKeepsLettersFromOtherRunnersUntilItRunsOut() {
        String id = sending(d -> IntStream.rangeClosed(1, 2).mapToObj(n -> digital(d, n, person(n), t0)));
        List<JournalEntry> held = journal().claim(id, "runner-a", t0, LEASE, 10);

        assertThat(secondInstance().claim(id, "runner-b", t0.plusSeconds(59), LEASE, 10)).isEmpty();
        assertThat(journal().dispatchesWithDueWork(t0.plusSeconds(59))).doesNotContain(id);
        assertThat(journal().dispatchesWithDueWork(t0.plusSeconds(60))).contains(id);
        List<JournalEntry> takenOver = secondInstance().claim(id, "runner-b", t0.plusSeconds(60), LEASE, 10);

        assertThat(takenOver).extracting(JournalEntry::messageId).containsExactlyElementsOf(held.stream().map(JournalEntry::messageId).toList());
        assertThat(journal().claim(id, "runner-a", t0.plusSeconds(61), LEASE, 10)).as("runner-b holds them now").isEmpty();
    }

    @Test
    void letsALeaseRunOutFirstThenDueLetters() {
        String id = sending(d -> IntStream.rangeClosed(1, 3).mapToObj(n -> digital(d, n, person(n), n == 3 ? t0 : t0.plusSeconds(120))));
        journal().claim(id, "runner-a", t0, LEASE, 10);

        assertThat(journal().claim(id, "runner-b", t0.plusSeconds(120), LEASE, 10)).extracting(entry -> entry.row().number())
                .containsExactly(3L, 1L, 2L);
    }

    @Test
    void aHeartbeatExtendsOnlyItsOwnersLeases() {
        String id = sending(d -> IntStream.rangeClosed(1, 2).mapToObj(n -> digital(d, n, person(n), t0)));
        journal().claim(id, "runner-a", t0, LEASE, 1);
        journal().claim(id, "runner-b", t0, LEASE, 1);

        journal().heartbeat("runner-a", t0.plusSeconds(50), LEASE);

        assertThat(journal().claim(id, "runner-c", t0.plusSeconds(60), LEASE, 10)).extracting(entry -> entry.row().number()).containsExactly(2L);
        assertThat(journal().claim(id, "runner-c", t0.plusSeconds(109), LEASE, 10)).isEmpty();
        assertThat(journal().claim(id, "runner-c", t0.plusSeconds(110), LEASE, 10)).extracting(entry -> entry.row().number()).containsExactly(1L);
    }

    @Test
    void concurrentClaimsGetDisjointLetters() throws Exception {
        int letters = 120;
        String id = sending(d -> IntStream.rangeClosed(1, letters).mapToObj(n -> digital(d, n, person(n), t0)));
        List<Callable<List<String>>> runners = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            JournalStore instance = r % 2 == 0 ? journal() : secondInstance();
            String owner = "runner-" + r;
            runners.add(() -> {
                List<String> mine = new ArrayList<>();
                List<JournalEntry> claimed;
                while (!(claimed = instance.claim(id, owner, t0, LEASE, 7)).isEmpty()) {
                    claimed.forEach(entry -> mine.add(entry.messageId()));
                }
                return mine;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(runners.size());
        List<String> all = new ArrayList<>();
        try {
            for (Future<List<String>> result : pool.invokeAll(runners)) {
                all.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(all).hasSize(letters).doesNotHaveDuplicates();
        assertThat(journal().status(id).count(DeliveryState.CLAIMED)).isEqualTo(letters);
        assertThat(log(id)).extracting(JournalEvent::type).containsOnly(EventType.PLANNED).hasSize(letters);
    }

    @Test
    void findsDispatchesWithDueWorkOnlyWhileTheySend() {
        String id = sending(d -> List.of(digital(d, 1, person(1), t0.plusSeconds(30))).stream());

        assertThat(journal().dispatchesWithDueWork(t0)).doesNotContain(id);
        assertThat(journal().dispatchesWithDueWork(t0.plusSeconds(30))).contains(id);
        journal().updateState(id, DispatchState.PAUSED, t0);
        assertThat(journal().dispatchesWithDueWork(t0.plusSeconds(30))).doesNotContain(id);
    }

    // --- recording outcomes

    @Test
    void recordsAnOutcomeWithItsEventAndNeverChangesASettledLetter() {
        String id = sending(d -> List.of(digital(d, 1, person(1), t0)).stream());
        JournalEntry claimed = journal().claim(id, "runner-a", t0, LEASE, 1).get(0);
        JournalEntry delivered = claimed.withAttempts(1).settled(DeliveryState.DELIVERED, Optional.empty());
        journal().record(delivered, event(delivered, EventType.DELIVERED, "OK"));
        int logged = log(id).size();

        JournalEntry failed = claimed.settled(DeliveryState.FAILED, Optional.of(ReasonCode.OPERATOR_REJECTED));
        assertThatThrownBy(() -> journal().record(failed, event(failed, EventType.FAILED, "NO"))).isInstanceOf(IllegalStateException.class);
        assertThat(entries(id)).containsExactly(delivered);
        assertThat(log(id)).hasSize(logged);
        assertThat(log(id).get(logged - 1).code()).isEqualTo("OK");
    }

    @Test
    void refusesToRecordALetterNotInThePlan() {
        String id = sending(d -> List.of(digital(d, 1, person(1), t0)).stream());
        JournalEntry stranger = digital(id, 2, person(2), t0);

        assertThatThrownBy(() -> journal().record(stranger, event(stranger, EventType.DELIVERED, ""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRetryGivesUpTheLeaseAndWaitsUntilItIsDue() {
        String id = sending(d -> List.of(digital(d, 1, person(1), t0)).stream());
        JournalEntry claimed = journal().claim(id, "runner-a", t0, LEASE, 1).get(0);
        JournalEntry retry = claimed.retryAt(t0.plusSeconds(300), 1);
        journal().record(retry, event(retry, EventType.RETRY_SCHEDULED, "BUSY"));

        assertThat(entries(id)).containsExactly(retry);
        journal().heartbeat("runner-a", t0.plusSeconds(10), Duration.ofHours(1));
        assertThat(journal().claim(id, "runner-b", t0.plusSeconds(299), LEASE, 1)).isEmpty();
        assertThat(journal().claim(id, "runner-b", t0.plusSeconds(300), LEASE, 1)).extracting(JournalEntry::attempts).containsExactly(1);
    }

    @Test
    void aLetterPutInAPrintBatchKeepsItsLeaseAndIsFoundByItsBatch() {
        String id = sending(d -> IntStream.rangeClosed(1, 3).mapToObj(n -> paper(d, n, person(n), t0)));
        List<JournalEntry> claimed = journal().claim(id, "runner-a", t0, LEASE, 3);
        List<JournalEntry> batched = List.of(claimed.get(2).inPaperBatch("batch-1", claimed.get(2).reason()),
                claimed.get(0).inPaperBatch("batch-1", claimed.get(0).reason()));
        journal().recordAll(batched, batched.stream().map(entry -> event(entry, EventType.PAPER_BATCHED, "batch-1")).toList());

        assertThat(journal().paperBatch(id, "batch-1")).containsExactly(batched.get(1), batched.get(0));
        assertThat(journal().paperBatch(id, "batch-2")).isEmpty();
        assertThat(journal().claim(id, "runner-b", t0.plusSeconds(59), LEASE, 3)).isEmpty();
        assertThat(log(id)).filteredOn(event -> event.type() == EventType.PAPER_BATCHED).extracting(JournalEvent::row)
                .containsExactly(3L, 1L);
    }

    @Test
    void recordsSeveralLettersAllOrNothing() {
        String id = sending(d -> IntStream.rangeClosed(1, 2).mapToObj(n -> paper(d, n, person(n), t0)));
        List<JournalEntry> claimed = journal().claim(id, "runner-a", t0, LEASE, 2);
        JournalEntry failed = claimed.get(1).settled(DeliveryState.FAILED, Optional.of(ReasonCode.ADDRESS_INCOMPLETE));
        journal().record(failed, event(failed, EventType.FAILED, "ADDRESS_INCOMPLETE"));
        List<JournalEvent> before = log(id);

        List<JournalEntry> handed = claimed.stream().map(entry -> entry.settled(DeliveryState.HANDED_TO_PAPER, entry.reason())).toList();
        assertThatThrownBy(() -> journal().recordAll(handed, handed.stream().map(entry -> event(entry, EventType.HANDED_TO_PAPER, "b")).toList()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(entries(id)).containsExactly(claimed.get(0), failed);
        assertThat(log(id)).isEqualTo(before);
    }

    @Test
    void appendsEventsInTheOrderWritten() {
        String id = sending(d -> IntStream.rangeClosed(1, 2).mapToObj(n -> digital(d, n, person(n), t0)));
        List<JournalEntry> claimed = journal().claim(id, "runner-a", t0, LEASE, 2);
        journal().append(event(claimed.get(1), EventType.SENT, "", t0.plusSeconds(5)));
        journal().append(event(claimed.get(0), EventType.SENT, "", t0.plusSeconds(3)));
        journal().append(event(claimed.get(1), EventType.DELIVERED, "OK", t0.plusSeconds(4)));

        assertThat(log(id)).extracting(JournalEvent::type).containsExactly(EventType.PLANNED, EventType.PLANNED,
                EventType.SENT, EventType.SENT, EventType.DELIVERED);
        assertThat(log(id, claimed.get(1).messageId())).extracting(JournalEvent::type, JournalEvent::at)
                .containsExactly(
                        tuple(EventType.PLANNED, t0),
                        tuple(EventType.SENT, t0.plusSeconds(5)),
                        tuple(EventType.DELIVERED, t0.plusSeconds(4)));
    }

    // --- cancel

    @Test
    void cancelsWhatNoLiveRunnerHoldsAndKeepsWhatIsSettled() {
        String id = sending(d -> IntStream.rangeClosed(1, 4).mapToObj(n -> digital(d, n, person(n), t0.minusSeconds(300))));
        JournalEntry stale = journal().claim(id, "runner-gone", t0.minusSeconds(300), LEASE, 1).get(0);
        JournalEntry live = journal().claim(id, "runner-a", t0.minusSeconds(250), Duration.ofHours(1), 1).get(0);
        JournalEntry settled = journal().claim(id, "runner-c", t0.minusSeconds(250), LEASE, 1).get(0)
                .settled(DeliveryState.DELIVERED, Optional.empty());
        journal().record(settled, event(settled, EventType.DELIVERED, "OK"));

        assertThat(journal().cancel(id, t0)).isEqualTo(2);

        assertThat(entries(id)).extracting(entry -> entry.row().number(), JournalEntry::state).containsExactly(
                tuple(1L, DeliveryState.CANCELLED),
                tuple(2L, DeliveryState.CLAIMED),
                tuple(3L, DeliveryState.DELIVERED),
                tuple(4L, DeliveryState.CANCELLED));
        assertThat(stale.row().number()).isEqualTo(1);
        assertThat(live.row().number()).isEqualTo(2);
        assertThat(journal().dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.CANCELLED);
        assertThat(log(id)).filteredOn(event -> event.type() == EventType.CANCELLED).extracting(JournalEvent::row)
                .containsExactly(1L, 4L);
        assertThat(journal().claim(id, "runner-b", t0.plusSeconds(3600), LEASE, 10)).isEmpty();
        assertThat(journal().cancel(id, t0.plusSeconds(3600))).isZero();
        JournalEntry finished = live.settled(DeliveryState.DELIVERED, Optional.empty());
        journal().record(finished, event(finished, EventType.DELIVERED, "OK"));
        assertThat(journal().status(id).isComplete()).isTrue();
    }

    // --- history

    @Test
    void listsTheHistoryNewestFirstWithCountsAndTimes() {
        String oldest = newDispatch(t0);
        String middle = newDispatch(t0.plusSeconds(3600));
        String newest = newDispatch(t0.plusSeconds(7200));
        journal().addToPlan(List.of(digital(middle, 1, person(1), t0), paper(middle, 2, person(2), t0), invalid(middle, 3, t0)));
        journal().updateState(middle, DispatchState.RUNNING, t0);
        List<JournalEntry> claimed = journal().claim(middle, "runner-a", t0.plusSeconds(4000), LEASE, 1);
        journal().append(event(claimed.get(0), EventType.SENT, "", t0.plusSeconds(4100)));
        journal().append(event(claimed.get(0), EventType.SENT, "", t0.plusSeconds(4050)));
        journal().updateState(newest, DispatchState.COMPLETED, t0);
        HistoryQuery window = HistoryQuery.all().createdBetween(Optional.of(t0), Optional.of(t0.plusSeconds(7201)));

        List<DispatchSummary> history = journal().history(window);

        assertThat(history).extracting(summary -> summary.dispatch().id()).containsExactly(newest, middle, oldest);
        DispatchSummary running = history.get(1);
        assertThat(running.dispatch().state()).isEqualTo(DispatchState.RUNNING);
        assertThat(running.status().total()).isEqualTo(3);
        assertThat(running.status().count(DeliveryState.CLAIMED)).isEqualTo(1);
        assertThat(running.status().reasons()).isEqualTo(Map.of(ReasonCode.NO_MAILBOX, 1L, ReasonCode.INVALID_RECIPIENT_ID, 1L));
        assertThat(running.firstSentAt()).contains(t0.plusSeconds(4050));
        assertThat(running.lastEventAt()).as("the time of the line written last").contains(t0.plusSeconds(4050));
        assertThat(history.get(0).firstSentAt()).isEmpty();
        assertThat(history.get(0).lastEventAt()).isEmpty();
        assertThat(history.get(0).status().total()).isZero();
    }

    @Test
    void filtersTheHistoryByStateAndPeriodAndLimits() {
        String oldest = newDispatch(t0);
        String middle = newDispatch(t0.plusSeconds(3600));
        String newest = newDispatch(t0.plusSeconds(7200));
        journal().updateState(middle, DispatchState.RUNNING, t0);
        journal().updateState(newest, DispatchState.RUNNING, t0);
        HistoryQuery window = HistoryQuery.all().createdBetween(Optional.of(t0), Optional.of(t0.plusSeconds(7201)));

        assertThat(ids(window.inStates(Set.of(DispatchState.RUNNING)))).containsExactly(newest, middle);
        assertThat(ids(window.inStates(Set.of(DispatchState.RUNNING, DispatchState.PLANNING)))).containsExactly(newest, middle, oldest);
        assertThat(ids(window.limit(2))).containsExactly(newest, middle);
        assertThat(ids(HistoryQuery.all().createdBetween(Optional.of(t0.plusSeconds(3600)), Optional.of(t0.plusSeconds(7200)))))
                .containsExactly(middle);
    }

    // --- personal data

    @Test
    void purgingRemovesPersonalDataAndKeepsCountsAndTheLog() {
        String id = sending(d -> List.of(digital(d, 1, person(1), t0), paper(d, 2, person(2), t0), malformed(d, 3, t0)).stream());
        JournalEntry delivered = journal().claim(id, "runner-a", t0, LEASE, 1).get(0).settled(DeliveryState.DELIVERED, Optional.empty());
        journal().record(delivered, event(delivered, EventType.DELIVERED, "OK"));
        DispatchStatus before = journal().status(id);
        List<JournalEvent> log = log(id);

        journal().purgePersonalData(id, t0.plusSeconds(86_400));

        assertThat(journal().status(id)).isEqualTo(before);
        assertThat(log(id)).isEqualTo(log);
        assertThat(journal().dispatch(id).orElseThrow().purgedAt()).contains(t0.plusSeconds(86_400));
        assertThat(entriesOf(id, person(1))).isEmpty();
        List<JournalEntry> purged = entries(id);
        assertThat(purged).extracting(JournalEntry::state).containsExactly(DeliveryState.DELIVERED, DeliveryState.PLANNED, DeliveryState.FAILED);
        assertThat(purged).allSatisfy(entry -> {
            assertThat(entry.recipient()).isEmpty();
            assertThat(entry.row().variables()).isEmpty();
            assertThat(entry.row().recipientIdText()).isEmpty();
            assertThat(entry.row().address()).isEqualTo(PostalAddress.empty());
            assertThat(entry.row().caseId()).isEmpty();
        });
        assertThat(purged.get(0).plan().mailbox()).isPresent();
        assertThat(purged.get(1).plan().reason()).contains(ReasonCode.NO_MAILBOX);
        assertThat(purged.get(2).row().malformed()).contains("(purged)");
    }

    // --- helpers

    /** A dispatch in state SCHEDULED with the plan {@code plan} makes for its id. */
    @Test
    void keepsTheFirstAnswerOfACaseWhateverOrderTheyCome() {
        String caseId = "case-" + newId();
        journal().recordResponse(new CaseResponse(caseId, t0.plusSeconds(60), "phone"));
        journal().recordResponse(new CaseResponse(caseId, t0, "web"));

        assertThat(journal().response(caseId)).contains(new CaseResponse(caseId, t0, "web"));
        assertThat(secondInstance().response(caseId)).contains(new CaseResponse(caseId, t0, "web"));
        assertThat(journal().response("case-never-answered-" + newId())).isEmpty();
    }

    @Test
    void keepsEachKindOfCaseEventOnceWithItsEarliestTimeWhateverOrderAndHowOftenTheyCome() {
        String caseId = "case-" + newId();
        CaseEvent loggedIn = new CaseEvent(caseId, CaseEvent.Kind.LOGGED_IN, t0, "sso");
        CaseEvent responded = new CaseEvent(caseId, CaseEvent.Kind.RESPONDED, t0.plusSeconds(600), "web");
        CaseEvent respondedAgainLater = new CaseEvent(caseId, CaseEvent.Kind.RESPONDED, t0.plusSeconds(900), "phone");
        journal().recordCaseEvents(List.of(respondedAgainLater, loggedIn));
        journal().recordCaseEvents(List.of(responded, responded, loggedIn));
        journal().recordCaseEvents(List.of(respondedAgainLater));

        assertThat(secondInstance().caseEvents(List.of(caseId, caseId, "case-unknown-" + newId())))
                .containsExactlyInAnyOrder(loggedIn, responded);
        assertThat(journal().response(caseId)).contains(new CaseResponse(caseId, responded.at(), "web"));
    }

    @Test
    void keepsEachKindOfProcessEventOfALetterOnceWithItsEarliestTimeAndTheCursorWithThem() {
        String operator = "operator-" + newId();
        String letter = "m-" + newId();
        ProcessEvent delivered = ProcessEvent.of("e1", letter, ProcessEvent.Kind.DELIVERED, t0);
        ProcessEvent opened = ProcessEvent.of("e2", letter, ProcessEvent.Kind.OPENED, t0.plusSeconds(3_600));
        ProcessEvent openedAgain = ProcessEvent.of("e3", letter, ProcessEvent.Kind.OPENED, t0.plusSeconds(7_200));
        ProcessEvent attachment = new ProcessEvent("e4", letter, ProcessEvent.Kind.ATTACHMENT_OPENED, t0.plusSeconds(3_700), "info.pdf");
        assertThat(journal().eventCursor(operator)).isEmpty();

        journal().recordProcessEvents(operator, List.of(openedAgain, attachment), Optional.of("2"), t0);
        journal().recordProcessEvents(operator, List.of(opened, delivered, opened), Optional.of("4"), t0);
        // A crash after the events were stored and before the next cursor: the same page comes again.
        journal().recordProcessEvents(operator, List.of(opened, delivered, opened), Optional.of("4"), t0);
        journal().recordProcessEvents(operator, List.of(), Optional.empty(), t0);

        assertThat(secondInstance().processEvents(List.of(letter, "m-unknown")))
                .containsExactlyInAnyOrder(delivered, opened, attachment);
        assertThat(secondInstance().eventCursor(operator)).contains("4");
        assertThat(journal().eventCursor("another-" + operator)).isEmpty();
    }

    @Test
    void tellsWhichCaseIdsALetterCarries() {
        String id = newDispatch();
        journal().addToPlan(List.of(digital(id, 7, person(7), t0)));
        String stranger = "case-" + newId();

        assertThat(journal().caseIdsWithLetters(List.of("C-7", stranger))).containsExactly("C-7");
    }

    protected String sending(Function<String, Stream<JournalEntry>> plan) {
        String id = newId();
        journal().createDispatch(JournalFixtures.dispatch(id, t0));
        journal().addToPlan(plan.apply(id).toList());
        journal().updateState(id, DispatchState.SCHEDULED, t0);
        return id;
    }

    // --- experiments

    @Test
    void keepsEachLettersArmAndCountsEveryArmAsItsLettersSettle() {
        String id = newDispatch();
        journal().updateState(id, DispatchState.RUNNING, t0);
        JournalEntry delivered = digital(id, 1, person(1), t0).inArm(Optional.of("digital"));
        JournalEntry onPaper = paper(id, 2, person(2), t0).inArm(Optional.of("paper"));
        JournalEntry cancelled = digital(id, 3, person(3), t0).inArm(Optional.of("digital"));
        JournalEntry failedInPlan = invalid(id, 4, t0);
        JournalEntry failedWithArm = duplicate(id, 5, person(5), t0).inArm(Optional.of("paper"));
        journal().addToPlan(List.of(delivered, onPaper, cancelled, failedInPlan, failedWithArm));

        List<JournalEntry> claimed = journal().claim(id, "runner-a", t0, LEASE, 2);
        assertThat(claimed).extracting(JournalEntry::arm).containsExactly(Optional.of("digital"), Optional.of("paper"));
        journal().recordAll(List.of(claimed.get(0).delivered(t0), claimed.get(1).inPaperBatch("batch-1", Optional.of(ReasonCode.NO_MAILBOX))
                .settled(DeliveryState.HANDED_TO_PAPER, Optional.of(ReasonCode.NO_MAILBOX))), List.of());
        journal().cancel(id, t0);

        assertThat(entries(id)).extracting(JournalEntry::arm)
                .containsExactly(Optional.of("digital"), Optional.of("paper"), Optional.of("digital"), Optional.empty(), Optional.of("paper"));
        Map<String, ArmStatus> arms = journal().status(id).arms();
        assertThat(arms).containsOnlyKeys("digital", "paper");
        assertThat(arms.get("digital").letters()).isEqualTo(2);
        assertThat(arms.get("digital").count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(arms.get("digital").count(DeliveryState.CANCELLED)).isEqualTo(1);
        assertThat(arms.get("paper").letters()).isEqualTo(2);
        assertThat(arms.get("paper").count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(1);
        assertThat(arms.get("paper").count(DeliveryState.FAILED)).isEqualTo(1);
        assertThat(arms.get("paper").open()).isZero();
        assertThat(journal().history(HistoryQuery.all().createdBetween(Optional.of(t0), Optional.of(t0.plusSeconds(1)))).stream().filter(summary -> summary.dispatch().id().equals(id)).findFirst()
                .orElseThrow().status().arms()).isEqualTo(arms);
    }

    @Test
    void keepsTheExperimentWithEachArmsTemplateAndNeverChangesIt() {
        String id = newDispatch();
        MessageTemplate shortLetter = MessageTemplate.builder().sender(new Sender(new OrganisationNumber("162021005489"), "SCB"))
                .subject("Kort").text("Hej {{name}}!").build();
        Experiment experiment = new Experiment(20261201L, List.of("aldersgrupp", "sex"), List.of(Experiment.Arm.of("digital", 1),
                Experiment.Arm.of("paper", 1).channel(Experiment.Channel.PAPER_ONLY).sendAt(Instant.parse("2026-12-01T08:00:00Z")),
                Experiment.Arm.of("short", 2).template(shortLetter)));

        assertThat(journal().experiment(id)).isEmpty();
        journal().recordExperiment(id, experiment);

        Experiment read = secondInstance().experiment(id).orElseThrow();
        assertThat(read.seed()).isEqualTo(20261201L);
        assertThat(read.strata()).containsExactly("aldersgrupp", "sex");
        assertThat(read.arms()).extracting(Experiment.Arm::name, Experiment.Arm::weight, Experiment.Arm::channel, Experiment.Arm::sendAt)
                .containsExactly(tuple("digital", 1, Experiment.Channel.DIGITAL_FIRST, Optional.empty()),
                        tuple("paper", 1, Experiment.Channel.PAPER_ONLY, Optional.of(Instant.parse("2026-12-01T08:00:00Z"))),
                        tuple("short", 2, Experiment.Channel.DIGITAL_FIRST, Optional.empty()));
        assertThat(read.arm("short").orElseThrow().template().orElseThrow().render(Map.of("name", "Anna")).message().text().orElseThrow())
                .contains("Hej Anna!");
        assertThatThrownBy(() -> journal().recordExperiment(id, experiment)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> journal().recordExperiment("no-such-dispatch", experiment)).isInstanceOf(IllegalArgumentException.class);
    }

    protected String newDispatch() {
        return newDispatch(t0);
    }

    protected String newDispatch(Instant createdAt) {
        String id = newId();
        journal().createDispatch(JournalFixtures.dispatch(id, createdAt));
        return id;
    }

    private List<String> ids(HistoryQuery query) {
        return journal().history(query).stream().map(summary -> summary.dispatch().id()).toList();
    }

    protected static String newId() {
        return UUID.randomUUID().toString();
    }

    protected JournalEvent event(JournalEntry entry, EventType type, String code) {
        return event(entry, type, code, t0.plusSeconds(1));
    }

    protected static JournalEvent event(JournalEntry entry, EventType type, String code, Instant at) {
        return new JournalEvent(entry.dispatchId(), entry.messageId(), entry.row().number(), at, type, code, type + " in a test.");
    }

    /** Every identity number these tests plan, in each written form. */
    protected static Set<String> identityNumbersUsed() {
        Set<String> forms = new HashSet<>();
        for (int n = 0; n <= 200; n++) {
            forms.add(person(n).canonical());
            forms.add(person(n).formatted());
        }
        return forms;
    }

    @Test
    void countsTheLettersHandedToPaperPerPrintBatch() {
        String id = sending(d -> IntStream.rangeClosed(1, 5).mapToObj(n -> paper(d, n, person(n), t0)));
        List<JournalEntry> claimed = journal().claim(id, "runner-a", t0, LEASE, 5);
        List<JournalEntry> handed = new ArrayList<>();
        for (JournalEntry entry : claimed) {
            handed.add(entry.inPaperBatch(entry.row().number() <= 3 ? "b1" : "b2", entry.reason()).settled(DeliveryState.HANDED_TO_PAPER, entry.reason()));
        }
        journal().recordAll(handed.subList(0, 4), handed.subList(0, 4).stream().map(entry -> event(entry, EventType.HANDED_TO_PAPER, "b", t0)).toList());

        assertThat(journal().status(id).paperBatches()).isEqualTo(Map.of("b1", 3L, "b2", 1L));
    }

    @Test
    void pagesLettersInRowOrderByStateAndRecipientWithCursors() {
        String id = sending(d -> IntStream.rangeClosed(1, 25).mapToObj(n -> n % 5 == 0 ? paper(d, n, person(n), t0) : digital(d, n, person(n), t0)));
        List<JournalEntry> claimed = journal().claim(id, "runner-a", t0, LEASE, 25);
        List<JournalEntry> delivered = claimed.stream().filter(entry -> entry.row().number() % 3 == 0).map(entry -> entry.delivered(t0)).toList();
        journal().recordAll(delivered, delivered.stream().map(entry -> event(entry, EventType.DELIVERED, "OK", t0)).toList());

        Page<JournalEntry> first = journal().letters(id, LetterQuery.all().inStates(DeliveryState.DELIVERED).limit(3));
        Page<JournalEntry> second = journal().letters(id, LetterQuery.all().inStates(DeliveryState.DELIVERED).limit(3).after(first.next().orElseThrow()));
        List<JournalEntry> all = journal().allLetters(id, LetterQuery.all().inStates(DeliveryState.DELIVERED).limit(2)).toList();

        assertThat(first.items()).extracting(entry -> entry.row().number()).containsExactly(3L, 6L, 9L);
        assertThat(second.items()).extracting(entry -> entry.row().number()).containsExactly(12L, 15L, 18L);
        assertThat(all).extracting(entry -> entry.row().number()).containsExactly(3L, 6L, 9L, 12L, 15L, 18L, 21L, 24L);
        assertThat(journal().letters(id, LetterQuery.all().of(person(7))).items()).extracting(entry -> entry.row().number()).containsExactly(7L);
        assertThat(journal().letters(id, LetterQuery.all().limit(25)).isLast()).isTrue();
        assertThatThrownBy(() -> journal().letters(id, LetterQuery.all().after("not-a-cursor"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every letter of the dispatch, read through the pages. */
    protected List<JournalEntry> entries(String dispatchId) {
        return journal().allLetters(dispatchId, LetterQuery.all()).toList();
    }

    protected List<JournalEntry> entriesOf(String dispatchId, se.scb.dispatch.id.RecipientId recipient) {
        return journal().allLetters(dispatchId, LetterQuery.all().of(recipient)).toList();
    }

    /** The whole dispatch log, read through the pages. */
    protected List<JournalEvent> log(String dispatchId) {
        return journal().allEvents(dispatchId, EventQuery.all()).toList();
    }

    /** One letter's lines of the dispatch log. */
    protected List<JournalEvent> log(String dispatchId, String messageId) {
        return journal().allEvents(dispatchId, EventQuery.all().ofLetter(messageId)).toList();
    }
}
