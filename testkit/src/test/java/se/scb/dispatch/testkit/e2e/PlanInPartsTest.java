package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/**
 * The plan is written in parts whose letters go out while later parts are planned; a plan cut short is continued from
 * the same source, never planned anew, so no row is planned twice and no letter sent twice.
 */
class PlanInPartsTest {

    private static final int ROWS = 3_000;
    /** Past the first part (1 000 rows) and before the second would be written (6 000). */
    private static final int CUT_AT_ROW = 2_500;
    /** Repeats the recipient of row 10, in a part planned after the one that holds row 10. */
    private static final int REPEAT_ROW = 2_000;

    private final TestIdentityNumbers ids = new TestIdentityNumbers(12);
    private final Journal journal = Journal.inMemory();
    private final FakeMailboxOperator operator = new FakeMailboxOperator();
    private final List<Dispatcher> dispatchers = new ArrayList<>();
    private final List<Map<String, String>> rows = rows();

    @AfterEach
    void close() {
        dispatchers.forEach(Dispatcher::close);
        operator.close();
    }

    @Test
    void aPlanCutShortSendsOnlyItsWholePartsCannotCompleteAndIsContinuedFromTheSameSourceSendingEveryLetterOnce() {
        Dispatcher first = dispatcher(outcome -> {
        });
        assertThatThrownBy(() -> first.send(cutShortAt(CUT_AT_ROW), Samples.INVITATION, DispatchOptions.named("Inbjudan")))
                .hasMessageContaining("cut short");
        String id = onlyDispatch();

        assertThat(store().planProgress(id).orElseThrow().rowsPlanned()).isEqualTo(1_000);
        assertThat(store().planProgress(id).orElseThrow().complete()).isFalse();
        assertThat(first.status(id).total()).isEqualTo(1_000);
        assertThat(first.status(id).count(DeliveryState.DELIVERED)).as("the first part went out").isEqualTo(1_000);
        assertThat(first.status(id).isComplete()).isFalse();
        assertThat(journal.dispatch(id).orElseThrow().state()).isNotEqualTo(DispatchState.COMPLETED);

        SendReport continued = dispatcher(outcome -> {
        }).continueSending(id, PopulationSource.of(rows));

        assertThat(continued.status().isComplete()).isTrue();
        assertThat(journal.dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.COMPLETED);
        assertThat(continued.plan().total()).isEqualTo(ROWS);
        try (Stream<JournalEntry> letters = journal.allLetters(id, LetterQuery.all())) {
            assertThat(letters.map(letter -> letter.row().number()).toList()).as("every row planned exactly once")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, ROWS).boxed().toList());
        }
        assertThat(continued.status().count(ReasonCode.DUPLICATE_RECIPIENT)).as("a repeat in a later part is found").isEqualTo(1);
        assertThat(continued.status().count(DeliveryState.DELIVERED)).isEqualTo(ROWS - 1);
        Map<RecipientId, Long> lettersPerRecipient = operator.received().stream()
                .collect(Collectors.groupingBy(letter -> letter.recipient(), Collectors.counting()));
        assertThat(lettersPerRecipient).hasSize(ROWS - 1).allSatisfy((recipient, letters) -> assertThat(letters).isEqualTo(1));
        assertThat(operator.repeats()).isZero();
    }

    @Test
    void refusesToContinueAPlanFromAnotherSourceAndSendsNothingMore() {
        Dispatcher first = dispatcher(outcome -> {
        });
        assertThatThrownBy(() -> first.send(cutShortAt(CUT_AT_ROW), Samples.INVITATION, DispatchOptions.named("Inbjudan")));
        String id = onlyDispatch();
        List<Map<String, String>> changed = new ArrayList<>(rows);
        changed.set(499, Samples.row(ids.personalIdentityNumber(1960).formatted(), "Someone else", "X"));
        int sent = operator.received().size();

        assertThatThrownBy(() -> dispatcher(outcome -> {
        }).continueSending(id, PopulationSource.of(changed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planned from another source").hasMessageContaining("nothing was written");
        assertThatThrownBy(() -> dispatcher(outcome -> {
        }).continuePlan(id, PopulationSource.of(rows.subList(0, 600))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store().planProgress(id).orElseThrow().rowsPlanned()).isEqualTo(1_000);
        assertThat(journal.status(id).total()).isEqualTo(1_000);
        assertThat(operator.received()).hasSize(sent);
    }

    @Test
    void aDispatchCancelledWhileItIsPlannedStopsPlanningAndKeepsOnlyTheWholePartsWritten() {
        AtomicInteger planned = new AtomicInteger();
        Dispatcher dispatcher = dispatcher(outcome -> {
            if (planned.incrementAndGet() == 1_500) {
                dispatchers.get(0).cancel(onlyDispatch());
            }
        });

        SendReport report = dispatcher.send(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

        assertThat(journal.dispatch(report.dispatchId()).orElseThrow().state()).isEqualTo(DispatchState.CANCELLED);
        assertThat(journal.status(report.dispatchId()).total()).isEqualTo(1_000);
        assertThat(store().planProgress(report.dispatchId()).orElseThrow()).as("the part after the cancel was refused")
                .satisfies(progress -> assertThat(progress.rowsPlanned()).isEqualTo(1_000))
                .satisfies(progress -> assertThat(progress.complete()).isFalse());
        assertThat(operator.received()).allSatisfy(letter -> assertThat(rows.subList(0, 1_000).stream()
                .anyMatch(row -> row.get("personnummer").equals(letter.recipient().formatted()))).isTrue());
    }

    @Test
    void aDispatchPausedWhileItIsPlannedHasItsWholePlanWrittenAndSendsTheRestWhenResumed() {
        AtomicInteger planned = new AtomicInteger();
        Dispatcher dispatcher = dispatcher(outcome -> {
            if (planned.incrementAndGet() == 1_500) {
                dispatchers.get(0).pause(onlyDispatch());
            }
        });

        SendReport report = dispatcher.send(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

        assertThat(journal.dispatch(report.dispatchId()).orElseThrow().state()).isEqualTo(DispatchState.PAUSED);
        assertThat(report.plan().total()).isEqualTo(ROWS);
        assertThat(report.status().planComplete()).isTrue();
        assertThat(report.status().isComplete()).isFalse();

        dispatcher.resume(report.dispatchId());
        assertThat(dispatcher.awaitSettled(report.dispatchId()).count(DeliveryState.DELIVERED)).isEqualTo(ROWS - 1);
        assertThat(operator.received()).hasSize(ROWS - 1);
        assertThat(operator.repeats()).isZero();
    }

    @Test
    void theCountsOfAPlanInPartsAreTheValidationsCounts() {
        Dispatcher dispatcher = dispatcher(outcome -> {
        });

        SendReport report = dispatcher.send(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

        assertThat(report.plan()).isEqualTo(dispatcher.validate(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Inbjudan")));
        assertThat(report.status().isComplete()).isTrue();
    }

    private Dispatcher dispatcher(Consumer<RecipientOutcome> onPlanned) {
        FakeRecipientDirectory.Builder directory = FakeRecipientDirectory.builder();
        rows.forEach(row -> directory.answer(Reachability.reachable(RecipientId.parse(row.get("personnummer")), FakeMailboxes.at("kivra"))));
        Dispatcher dispatcher = Dispatcher.builder().journal(journal).recipientDirectory(directory.build()).mailboxOperator(operator)
                .paperChannel(new FakePaperChannel()).listener(new DispatchListener() {
                    @Override
                    public void planned(RecipientOutcome outcome) {
                        onPlanned.accept(outcome);
                    }
                }).build();
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    private List<Map<String, String>> rows() {
        List<Map<String, String>> all = new ArrayList<>();
        List<RecipientId> people = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            people.add(ids.personalIdentityNumber(1940 + i % 60));
        }
        people.set(REPEAT_ROW - 1, people.get(9));
        for (int i = 0; i < ROWS; i++) {
            all.add(Samples.row(people.get(i).formatted(), "Person " + i, "K" + i));
        }
        return all;
    }

    /** The rows, as a source whose reading dies at the given row, as a process killed while planning would. */
    private PopulationSource cutShortAt(int row) {
        return PopulationSource.of(() -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, String> next() {
                if (next + 1 == row) {
                    throw new IllegalStateException("Planning cut short at row " + row + ".");
                }
                return rows.get(next++);
            }
        });
    }

    private String onlyDispatch() {
        return journal.history(HistoryQuery.all()).get(0).dispatch().id();
    }

    private JournalStore store() {
        return JournalStore.of(journal);
    }
}
