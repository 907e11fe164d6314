package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import se.scb.dispatch.coverage.CoverageGroup;
import se.scb.dispatch.process.TimeFigures;
import se.scb.dispatch.report.ArmComparison;
import se.scb.dispatch.report.ArmFigures;
import se.scb.dispatch.report.DispatchReport;
import se.scb.dispatch.report.ExperimentFigures;
import se.scb.dispatch.report.RateFigure;
import se.scb.dispatch.report.ReportCost;
import se.scb.dispatch.report.TimeHistogram;
import se.scb.dispatch.stats.Interval;

/** The dispatch report as tables for people, in English like the rest of the program's text. */
final class ReportText {

    private ReportText() {
    }

    static void print(PrintWriter out, DispatchReport report) {
        out.println("Dispatch " + report.dispatchId() + " (" + TextReport.time(report.createdAt()) + "): " + report.letters() + " letters");
        heading(out, "Outcomes and reasons");
        TextTable outcomes = new TextTable("State", "Reason", "Letters");
        report.outcomes().forEach(count -> outcomes.row(count.state(), count.reason().map(Enum::name).orElse("-"), count.letters()));
        outcomes.print(out);
        heading(out, "Operators");
        TextTable operators = new TextTable("Operator", "Id", "Letters");
        report.operators().forEach(operator -> operators.row(operator.name(), operator.id(), operator.letters()));
        operators.print(out);
        process(out, report);
        coverage(out, report);
        report.experiment().ifPresent(experiment -> experiment(out, experiment));
        report.cost().ifPresent(cost -> cost(out, cost, report));
    }

    private static void process(PrintWriter out, DispatchReport report) {
        heading(out, "Process data (share of the letters each fact can hold for)");
        TextTable facts = new TextTable("Fact", "Count", "Of", "Share", "95 % interval");
        report.processRates().forEach(rate -> {
            if (rate.rate().isEmpty()) {
                facts.row(rate.fact().key(), "not provided", "", "", "");
            } else {
                RateFigure figure = rate.rate().get();
                facts.row(rate.fact().key(), figure.count(), figure.outOf(), CoverageCommand.percent(figure.rate()), interval(figure.ci95()));
            }
        });
        facts.print(out);
        time(out, "Time to open", report.process().all().timeToOpen(), report.timeToOpen());
        time(out, "Time to response", report.process().all().timeToResponse(), report.timeToResponse());
    }

    private static void time(PrintWriter out, String title, TimeFigures figures, TimeHistogram histogram) {
        StringBuilder line = new StringBuilder(title + ": " + figures.count() + " letters");
        figures.medianHours().ifPresent(median -> line.append(String.format(Locale.ROOT, ", median %.1f h", median)));
        line.append("; by hours:");
        for (TimeHistogram.Bucket bucket : histogram.buckets()) {
            line.append(' ').append(bucket.fromHours()).append(bucket.toHours().isPresent() ? "-" + bucket.toHours().getAsLong() : "+")
                    .append(": ").append(bucket.letters());
        }
        out.println(line);
    }

    private static void coverage(PrintWriter out, DispatchReport report) {
        heading(out, "Share with a digital mailbox among the dispatch's persons (ages at " + report.coverage().asOf() + ")");
        TextTable table = new TextTable("Variable", "Group", "Persons", "Digital", "Share", "95 % interval", "Blocked", "Pending");
        report.coverage().persons().ifPresent(all -> coverageRow(table, "all", "persons", all));
        report.coverage().groups().forEach(group -> coverageRow(table, group.variable(), group.value(), group));
        report.coverage().organisations().ifPresent(all -> coverageRow(table, "all", "organisations", all));
        table.print(out);
    }

    private static void coverageRow(TextTable table, String variable, String value, CoverageGroup group) {
        table.row(variable, value, group.recipients(), group.digital(), CoverageCommand.percent(group.share()), interval(group.ci95()),
                group.blocked(), group.pending());
    }

    static void experiment(PrintWriter out, ExperimentFigures experiment) {
        heading(out, "Experiment (seed " + (experiment.seed().isPresent() ? experiment.seed().getAsLong() : "unknown") + ", strata "
                + (experiment.strata().isEmpty() ? "none" : String.join(", ", experiment.strata())) + ")");
        TextTable arms = new TextTable("Arm", "Letters", "Responded", "Rate", "95 % interval");
        for (ArmFigures arm : experiment.arms()) {
            arms.row(arm.name(), arm.letters(), arm.responded().count(), CoverageCommand.percent(arm.responded().rate()), interval(arm.responded().ci95()));
        }
        arms.print(out);
        TextTable comparisons = new TextTable("Arm", "Baseline", "Measure", "Difference", "95 % interval (Newcombe)", "p (pooled z)");
        for (ArmComparison comparison : experiment.comparisons()) {
            comparisons.row(comparison.arm(), comparison.baseline(), comparison.measure(), CoverageCommand.percent(comparison.difference()),
                    interval(comparison.ci95()), String.format(Locale.ROOT, "%.4g", comparison.pValue()));
        }
        comparisons.print(out);
    }

    private static void cost(PrintWriter out, ReportCost cost, DispatchReport report) {
        heading(out, "Cost (" + cost.currency() + ")");
        TextTable table = new TextTable("Item", "Amount");
        table.row("total", cost.total().toPlainString());
        cost.lines().byChannel().forEach((channel, amount) -> table.row(channel.name().toLowerCase(Locale.ROOT), amount.toPlainString()));
        cost.lines().byOperator().forEach((operator, amount) -> table.row("operator " + operator, amount.toPlainString()));
        cost.byArm().forEach((arm, amount) -> table.row("arm " + arm, amount.toPlainString()));
        table.row("per response (" + cost.responses() + " responses)", cost.perResponse().map(BigDecimal::toPlainString).orElse("-"));
        table.print(out);
        if (cost.lines().unpricedLetters() > 0) {
            out.println("  " + cost.lines().unpricedLetters() + " letters have no price in the list and are not in the total.");
        }
    }

    private static String interval(Interval interval) {
        return CoverageCommand.percent(interval.lower()) + " – " + CoverageCommand.percent(interval.upper());
    }

    private static void heading(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }
}
