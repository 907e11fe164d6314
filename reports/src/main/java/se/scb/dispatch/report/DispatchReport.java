package se.scb.dispatch.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.coverage.CoverageReport;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.process.OperatorLetters;
import se.scb.dispatch.process.ProcessFigures;
import se.scb.dispatch.report.internal.ReportHtml;
import se.scb.dispatch.report.internal.ReportJson;
import se.scb.dispatch.report.internal.ReportReader;
import se.scb.dispatch.spi.ProcessEvent;

/**
 * Everything a survey department reads off one dispatch, as values a host system can draw itself, or write as
 * JSON ({@link #toJson()}) or as one self-contained HTML file with charts ({@link #toHtml(ReportLanguage)}).
 * Read from the journal's public read side in one pass over the letters, a page at a time.
 *
 * @param outcomes      letters by final state (or the state they are in) and reason, in state order
 * @param operators     the operators holding mailboxes among the letters, by id, with their names
 * @param process       the process figures (delivered, opened … responded; times)
 * @param processRates  each fact's share with its 95 % interval, empty where not provided (or nothing to count)
 * @param timeToOpen    from digital delivery to opening, bucketed
 * @param timeToResponse from digital delivery to response, bucketed
 * @param coverage      the dispatch's own recipients: persons with a digital mailbox by sex and age group (at the day
 *                      the dispatch was created), organisations apart; recipients the directory was not asked about
 *                      (rows that failed their checks, repeats, paper-only letters) left out
 * @param cost          present when a price list was given
 * @param experiment    present when the dispatch is an experiment (or its counts were given)
 */
public record DispatchReport(String dispatchId, String subject, Instant createdAt, long letters, List<StateCount> outcomes,
        List<OperatorLetters> operators, ProcessFigures process, List<FactRate> processRates, TimeHistogram timeToOpen,
        TimeHistogram timeToResponse, CoverageReport coverage, Optional<ReportCost> cost, Optional<ExperimentFigures> experiment) {

    public DispatchReport {
        Objects.requireNonNull(dispatchId, "dispatchId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(createdAt, "createdAt");
        outcomes = List.copyOf(outcomes);
        operators = List.copyOf(operators);
        Objects.requireNonNull(process, "process");
        processRates = List.copyOf(processRates);
        Objects.requireNonNull(timeToOpen, "timeToOpen");
        Objects.requireNonNull(timeToResponse, "timeToResponse");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(experiment, "experiment");
    }

    /**
     * The report of a dispatch of the dispatcher's journal, with "not provided" where its mailbox operator cannot
     * tell a fact.
     *
     * @throws IllegalArgumentException when the journal holds no dispatch with this id
     */
    public static DispatchReport of(Dispatcher dispatcher, String dispatchId, ReportOptions options) {
        return of(dispatcher.dispatchLog(), dispatchId, dispatcher.operatorCapabilities().processEvents(), options);
    }

    /**
     * The report of a dispatch of the journal.
     *
     * @param operatorEvents the kinds of process event the dispatch's operator gives ({@code capabilities().processEvents()})
     * @throws IllegalArgumentException when the journal holds no dispatch with this id
     */
    public static DispatchReport of(DispatchLog journal, String dispatchId, Set<ProcessEvent.Kind> operatorEvents, ReportOptions options) {
        return new ReportReader(journal, operatorEvents, options).read(dispatchId);
    }

    /** The report as one JSON object; figures rounded as the HTML shows them (shares to 4 decimals, p-values to 4 significant digits). */
    public String toJson() {
        return ReportJson.write(this);
    }

    /** The report as one self-contained HTML file: inline SVG charts, a table behind each, nothing fetched from elsewhere. */
    public String toHtml(ReportLanguage language) {
        return ReportHtml.render(this, language);
    }

    /**
     * Letters in one state with one reason.
     *
     * @param reason the letter's reason: why it failed or went on paper; empty for delivered letters and letters without one
     */
    public record StateCount(DeliveryState state, Optional<ReasonCode> reason, long letters) {
    }

    /**
     * A process fact's share.
     *
     * @param rate empty where the fact is not provided, or there is nothing to count it of
     */
    public record FactRate(Fact fact, Optional<RateFigure> rate) {
    }
}
