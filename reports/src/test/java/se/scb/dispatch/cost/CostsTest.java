package se.scb.dispatch.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.JournalFixtures;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.Page;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.validation.ValidationReport;

class CostsTest {

    private final PriceList prices = PriceList.parse("prices.csv", PriceListTest.EXAMPLE);
    private final Optional<PaperWeight> twoSheets = prices.paperWeight();

    @Test
    void anEstimatePricesThePlannedLettersOnTheDispatchDay() {
        ValidationReport plan = new ValidationReport(1_000, Map.of(Outcome.DIGITAL, 700L, Outcome.PAPER, 250L, Outcome.FAILED, 50L),
                Map.of(ReasonCode.NO_MAILBOX, 250L, ReasonCode.INVALID_RECIPIENT_ID, 50L), Map.of("kivra", 400L, "fortnox", 300L));

        CostReport cost = Costs.estimate(plan, LocalDate.of(2026, 12, 1), prices, twoSheets);

        // 400 × 3.90 + 300 × 4.50 + 250 × 14.00 (two sheets and an envelope, 15.98 g)
        assertThat(cost.total()).isEqualByComparingTo("6410.00");
        assertThat(cost.byChannel()).containsEntry(PriceList.Channel.DIGITAL, new BigDecimal("2910.00"));
        assertThat(cost.byChannel().get(PriceList.Channel.PAPER)).isEqualByComparingTo("3500.00");
        assertThat(cost.byOperator()).containsOnlyKeys("fortnox", "kivra");
        assertThat(cost.letters()).isEqualTo(950);
        assertThat(cost.unpricedLetters()).isZero();
    }

    @Test
    void lettersTheListHasNoPriceForAreCountedApartNotFree() {
        ValidationReport plan = new ValidationReport(10, Map.of(Outcome.DIGITAL, 4L, Outcome.PAPER, 6L), Map.of(), Map.of("kivra", 4L));

        CostReport beforeTheList = Costs.estimate(plan, LocalDate.of(2026, 6, 30), prices, twoSheets);
        CostReport paperWithoutWeight = Costs.estimate(plan, LocalDate.of(2026, 12, 1), prices, Optional.empty());

        assertThat(beforeTheList.total()).isEqualByComparingTo("0");
        assertThat(beforeTheList.unpricedLetters()).isEqualTo(10);
        assertThat(paperWithoutWeight.total()).isEqualByComparingTo("15.60");
        assertThat(paperWithoutWeight.unpriced()).extracting(CostLine::channel, CostLine::letters).containsExactly(tuple(PriceList.Channel.PAPER, 6L));
    }

    @Test
    void theActualCostPricesEachLetterOnTheSwedishDayItWentOut() {
        String id = "d1";
        List<JournalEntry> delivered = new ArrayList<>();
        // Midnight in Sweden is 23:00 UTC in winter: the first letter goes out on New Year's Day, at the new digital price.
        delivered.add(JournalFixtures.digital(id, 1, JournalFixtures.person(1), Instant.EPOCH).delivered(Instant.parse("2026-12-31T23:00:00Z")));
        delivered.add(JournalFixtures.digital(id, 2, JournalFixtures.person(2), Instant.EPOCH).delivered(Instant.parse("2026-12-30T10:00:00Z")));
        delivered.add(JournalFixtures.digital(id, 3, JournalFixtures.person(3), Instant.EPOCH).delivered(Instant.parse("2026-12-31T22:59:59Z")));
        List<JournalEvent> log = List.of(
                new JournalEvent(id, "m4", 4, Instant.parse("2026-12-30T08:00:00Z"), EventType.PAPER_BATCHED, "", ""),
                new JournalEvent(id, "m4", 4, Instant.parse("2026-12-30T08:00:01Z"), EventType.HANDED_TO_PAPER, "batch-1", ""),
                new JournalEvent(id, "m5", 5, Instant.parse("2026-12-30T08:00:01Z"), EventType.HANDED_TO_PAPER, "batch-1", ""),
                // The same batch again after a crash, the next day: still the first day's batch.
                new JournalEvent(id, "m4", 4, Instant.parse("2026-12-31T08:00:00Z"), EventType.HANDED_TO_PAPER, "batch-1", ""));
        DispatchStatus status = new DispatchStatus(id, 6, Map.of(DeliveryState.DELIVERED, 3L, DeliveryState.HANDED_TO_PAPER, 2L,
                DeliveryState.FAILED, 1L), Map.of(), Map.of("minameddelanden", 1L, "kivra", 2L), Map.of("batch-1", 2L));

        CostReport cost = Costs.actual(new ReadOnlyLog(delivered, log, status), id, prices, twoSheets);

        assertThat(cost.lines()).extracting(CostLine::channel, line -> line.operator().orElse(""), CostLine::day, CostLine::letters,
                line -> line.unitPrice().orElseThrow()).containsExactly(
                        tuple(PriceList.Channel.DIGITAL, "kivra", LocalDate.of(2026, 12, 30), 1L, new BigDecimal("3.90")),
                        tuple(PriceList.Channel.DIGITAL, "minameddelanden", LocalDate.of(2026, 12, 31), 1L, new BigDecimal("4.50")),
                        tuple(PriceList.Channel.DIGITAL, "minameddelanden", LocalDate.of(2027, 1, 1), 1L, new BigDecimal("5.00")),
                        tuple(PriceList.Channel.PAPER, "", LocalDate.of(2026, 12, 30), 2L, new BigDecimal("14.00")));
        assertThat(cost.total()).isEqualByComparingTo("41.40");
    }

    /** The journal's read side with fixed contents, one page each. */
    private record ReadOnlyLog(List<JournalEntry> delivered, List<JournalEvent> log, DispatchStatus status) implements DispatchLog {

        @Override
        public Optional<DispatchRecord> dispatch(String dispatchId) {
            return Optional.empty();
        }

        @Override
        public List<DispatchSummary> history(HistoryQuery query) {
            return List.of();
        }

        @Override
        public DispatchStatus status(String dispatchId) {
            return status;
        }

        @Override
        public Page<JournalEntry> letters(String dispatchId, LetterQuery query) {
            return new Page<>(delivered.stream().filter(query::matches).toList(), Optional.empty());
        }

        @Override
        public Page<JournalEvent> events(String dispatchId, EventQuery query) {
            return new Page<>(log, Optional.empty());
        }

        @Override
        public List<CaseEvent> caseEvents(Collection<String> caseIds) {
            return List.of();
        }

        @Override
        public List<ProcessEvent> processEvents(Collection<String> messageIds) {
            return List.of();
        }
    }
}
