package se.scb.dispatch.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import se.scb.dispatch.cost.CostReport;
import se.scb.dispatch.cost.Costs;
import se.scb.dispatch.cost.PaperWeight;
import se.scb.dispatch.cost.PriceList;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.process.FactFigure;
import se.scb.dispatch.process.ProcessFigures;
import se.scb.dispatch.process.internal.FiguresReader;
import se.scb.dispatch.report.ArmCounts;
import se.scb.dispatch.report.DispatchReport;
import se.scb.dispatch.report.DispatchReport.FactRate;
import se.scb.dispatch.report.ExperimentCounts;
import se.scb.dispatch.report.ExperimentFigures;
import se.scb.dispatch.report.RateFigure;
import se.scb.dispatch.report.ReportCost;
import se.scb.dispatch.report.ReportOptions;
import se.scb.dispatch.spi.ProcessEvent;

/** Reads a dispatch report from the journal's read side: one pass over the letters, then the cost from the journal. */
public final class ReportReader {

    private final DispatchLog journal;
    private final Set<ProcessEvent.Kind> operatorEvents;
    private final ReportOptions options;
    private final Function<JournalEntry, Optional<String>> armOf;

    public ReportReader(DispatchLog journal, Set<ProcessEvent.Kind> operatorEvents, ReportOptions options) {
        this(journal, operatorEvents, options, JournalEntry::arm);
    }

    /** With the letters' arms from {@code armOf}: the journal's, or a test's. */
    ReportReader(DispatchLog journal, Set<ProcessEvent.Kind> operatorEvents, ReportOptions options, Function<JournalEntry, Optional<String>> armOf) {
        this.journal = journal;
        this.operatorEvents = Set.copyOf(operatorEvents);
        this.options = options;
        this.armOf = armOf;
    }

    public DispatchReport read(String dispatchId) {
        DispatchRecord dispatch = journal.dispatch(dispatchId)
                .orElseThrow(() -> new IllegalArgumentException("The journal holds no dispatch " + dispatchId));
        // Ages at the day the dispatch was made: the day its letters were planned for these recipients.
        LetterTally tally = new LetterTally(options.ageGroups(), LocalDate.ofInstant(dispatch.createdAt(), RecipientId.SWEDEN), armOf);
        ProcessFigures process = new FiguresReader(journal, operatorEvents).read(dispatchId, tally::add);
        Optional<ExperimentFigures> experiment = options.experiment().or(() -> journalExperiment(dispatchId, tally, process))
                .map(ExperimentFigures::of);
        Optional<ReportCost> cost = options.prices().map(prices -> cost(dispatchId, prices, tally, process));
        return new DispatchReport(dispatchId, dispatch.subject(), dispatch.createdAt(), process.letters(), tally.outcomes(), process.operators(),
                process, rates(process, tally), tally.timeToOpen(), tally.timeToResponse(), tally.coverage(), cost, experiment);
    }

    private static List<FactRate> rates(ProcessFigures process, LetterTally tally) {
        List<FactRate> rates = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            FactFigure figure = process.all().fact(fact);
            long outOf = tally.outOf(fact);
            Optional<RateFigure> rate = figure.provided() && figure.count().isPresent() && outOf > 0
                    ? Optional.of(RateFigure.of(figure.count().getAsLong(), outOf))
                    : Optional.empty();
            rates.add(new FactRate(fact, rate));
        }
        return rates;
    }

    private Optional<ExperimentCounts> journalExperiment(String dispatchId, LetterTally tally, ProcessFigures process) {
        if (tally.arms().isEmpty()) {
            return Optional.empty();
        }
        boolean openedProvided = process.all().fact(Fact.OPENED).provided();
        Optional<JournalArms.Design> design = JournalArms.designOf(journal, dispatchId);
        List<String> order = new ArrayList<>(design.map(JournalArms.Design::arms).orElse(List.of()));
        tally.arms().keySet().stream().filter(arm -> !order.contains(arm)).forEach(order::add);
        List<ArmCounts> arms = order.stream().filter(tally.arms()::containsKey).map(arm -> tally.arms().get(arm).counts(openedProvided)).toList();
        return Optional.of(new ExperimentCounts(design.map(JournalArms.Design::seed).orElse(OptionalLong.empty()),
                design.map(JournalArms.Design::strata).orElse(List.of()), arms));
    }

    private ReportCost cost(String dispatchId, PriceList prices, LetterTally tally, ProcessFigures process) {
        CostReport lines = Costs.actual(journal, dispatchId, prices, options.paperWeight());
        long responses = process.all().fact(Fact.RESPONDED).count().orElse(0);
        return new ReportCost(lines, armTotals(dispatchId, prices, tally.arms()), responses);
    }

    /** Each arm's letters priced as {@link Costs#actual} prices them; letters without a price are left out, as there. */
    private Map<String, BigDecimal> armTotals(String dispatchId, PriceList prices, Map<String, ArmTally> arms) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        if (arms.isEmpty()) {
            return totals;
        }
        Map<String, LocalDate> handedOverOn = handOverDays(dispatchId);
        for (ArmTally arm : arms.values()) {
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<String, Map<LocalDate, Long>> operator : arm.digital().entrySet()) {
                for (Map.Entry<LocalDate, Long> day : operator.getValue().entrySet()) {
                    total = total.add(prices.digital(operator.getKey(), day.getKey()).map(price -> price.multiply(BigDecimal.valueOf(day.getValue())))
                            .orElse(BigDecimal.ZERO));
                }
            }
            Optional<BigDecimal> grams = options.paperWeight().map(PaperWeight::grams);
            for (Map.Entry<String, Long> batch : arm.paperBatches().entrySet()) {
                LocalDate day = handedOverOn.get(batch.getKey());
                if (grams.isPresent() && day != null) {
                    total = total.add(prices.paper(grams.get(), day).map(price -> price.multiply(BigDecimal.valueOf(batch.getValue())))
                            .orElse(BigDecimal.ZERO));
                }
            }
            totals.put(arm.name(), total);
        }
        return totals;
    }

    private Map<String, LocalDate> handOverDays(String dispatchId) {
        Map<String, LocalDate> days = new HashMap<>();
        try (Stream<JournalEvent> log = journal.allEvents(dispatchId, EventQuery.all())) {
            log.filter(event -> event.type() == EventType.HANDED_TO_PAPER)
                    .forEach(event -> days.putIfAbsent(event.code(), LocalDate.ofInstant(event.at(), RecipientId.SWEDEN)));
        }
        return days;
    }
}
