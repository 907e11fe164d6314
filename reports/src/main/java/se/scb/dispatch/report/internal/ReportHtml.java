package se.scb.dispatch.report.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.scb.dispatch.coverage.Coverage;
import se.scb.dispatch.coverage.CoverageGroup;
import se.scb.dispatch.coverage.CoverageReport;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.process.OperatorLetters;
import se.scb.dispatch.process.TimeFigures;
import se.scb.dispatch.report.ArmComparison;
import se.scb.dispatch.report.ArmFigures;
import se.scb.dispatch.report.DispatchReport;
import se.scb.dispatch.report.ExperimentFigures;
import se.scb.dispatch.report.RateFigure;
import se.scb.dispatch.report.ReportCost;
import se.scb.dispatch.report.ReportLanguage;
import se.scb.dispatch.report.TimeHistogram;

/**
 * The report as one self-contained HTML page: inline styles and SVG only, so it opens anywhere, offline, and its
 * Content-Security-Policy forbids fetching anything at all. Each chart has its table, and every number carries the
 * JSON pointer of the same number in {@link ReportJson}'s output.
 */
public final class ReportHtml {

    /** Nothing but the page's own inline styles: no script, font, image or style sheet can load. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#000;background:#fff}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}caption{text-align:left;font-weight:bold;padding:.3em 0}"
            + "th,td{border:1px solid #444;padding:.25em .6em;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}"
            + "figure{margin:1em 0}figcaption{font-size:.9em}svg{max-width:100%;height:auto}"
            + "@media print{section{break-inside:avoid}}";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private final DispatchReport report;
    private final Words words;
    private final NumberText numbers;
    private final Html out = new Html();

    private ReportHtml(DispatchReport report, ReportLanguage language) {
        this.report = report;
        this.words = new Words(language);
        this.numbers = new NumberText(language);
    }

    public static String render(DispatchReport report, ReportLanguage language) {
        ReportHtml html = new ReportHtml(report, language);
        html.page(language);
        return html.out.toString();
    }

    private void page(ReportLanguage language) {
        out.raw("<!DOCTYPE html>\n<html lang='" + language.tag() + "'><head><meta charset='utf-8'>")
                .raw("<meta http-equiv='Content-Security-Policy' content=\"" + CONTENT_SECURITY_POLICY + "\">")
                .raw("<meta name='viewport' content='width=device-width, initial-scale=1'>")
                .raw("<title>").text(words.of("title") + " " + report.dispatchId()).raw("</title>")
                .raw("<style>" + STYLE + "</style></head><body>");
        header();
        outcomes();
        operators();
        process();
        coverage();
        report.experiment().ifPresent(this::experiment);
        report.cost().ifPresent(this::cost);
        out.raw("</body></html>\n");
    }

    private void header() {
        out.raw("<header><h1>").text(words.of("title")).raw("</h1><dl>");
        term("dispatch", report.dispatchId());
        term("subject", report.subject());
        term("created", TIME.format(report.createdAt().atZone(ZoneId.of(RecipientId.SWEDEN.getId()))));
        out.raw("<dt>").text(words.of("letters")).raw("</dt><dd data-json='/letters'>").text(numbers.count(report.letters())).raw("</dd>");
        out.raw("</dl><p>").text(words.of("intro")).raw("</p></header>");
    }

    private void term(String key, String value) {
        out.raw("<dt>").text(words.of(key)).raw("</dt><dd>").text(value).raw("</dd>");
    }

    private void section(String key) {
        out.raw("<section id='" + key + "'><h2>").text(words.of(key)).raw("</h2>");
    }

    private void endSection() {
        out.raw("</section>");
    }

    private void outcomes() {
        section("outcomes");
        Table table = new Table(out, words.of("outcomes"), words.of("state"), words.of("reason"), words.of("letters"));
        for (int i = 0; i < report.outcomes().size(); i++) {
            DispatchReport.StateCount count = report.outcomes().get(i);
            table.row().text(words.of(count.state().name())).text(count.reason().map(Enum::name).orElse("\u2013"))
                    .number(numbers.count(count.letters()), pointer("outcomes", i, "letters"));
        }
        table.end();
        endSection();
    }

    private void operators() {
        section("operators");
        Table table = new Table(out, words.of("operators"), words.of("operator"), words.of("id"), words.of("letters"));
        for (int i = 0; i < report.operators().size(); i++) {
            OperatorLetters operator = report.operators().get(i);
            table.row().text(operator.name()).text(operator.id()).number(numbers.count(operator.letters()), pointer("operators", i, "letters"));
        }
        table.end();
        endSection();
    }

    private void process() {
        section("process");
        List<RateBar> bars = new ArrayList<>();
        for (int i = 0; i < report.processRates().size(); i++) {
            DispatchReport.FactRate rate = report.processRates().get(i);
            bars.add(bar(words.of(rate.fact().key()), rate.rate(), pointer("process", "facts", i, "share"), pointer("process", "facts", i, "ci95")));
        }
        SvgRateChart.render(out, "chart-process", words.of("processChart"), bars, words, numbers);
        Table table = new Table(out, words.of("processChart"), words.of("fact"), words.of("count"), words.of("outOf"), words.of("share"),
                words.of("lower"), words.of("upper"));
        for (int i = 0; i < report.processRates().size(); i++) {
            DispatchReport.FactRate rate = report.processRates().get(i);
            table.row().text(words.of(rate.fact().key()));
            if (rate.rate().isEmpty()) {
                table.text(words.of("notProvided")).text("").text("").text("").text("");
                continue;
            }
            RateFigure figure = rate.rate().get();
            table.number(numbers.count(figure.count()), pointer("process", "facts", i, "count"))
                    .number(numbers.count(figure.outOf()), pointer("process", "facts", i, "outOf"));
            shareCells(table, figure.rate(), figure.ci95().lower(), figure.ci95().upper(), pointer("process", "facts", i));
        }
        table.end();
        time("timeToOpen", report.process().all().timeToOpen(), report.timeToOpen());
        time("timeToResponse", report.process().all().timeToResponse(), report.timeToResponse());
        endSection();
    }

    private void time(String key, TimeFigures figures, TimeHistogram histogram) {
        out.raw("<h3>").text(words.of(key)).raw("</h3>");
        List<String> labels = histogram.buckets().stream().map(this::bucketLabel).toList();
        List<Long> counts = histogram.buckets().stream().map(TimeHistogram.Bucket::letters).toList();
        String path = pointer("process", key, "histogram");
        SvgHistogram.render(out, "chart-" + key, words.of(key), labels, counts, path, numbers);
        Table buckets = new Table(out, words.of(key), words.of("interval"), words.of("letters"));
        for (int i = 0; i < labels.size(); i++) {
            buckets.row().text(labels.get(i)).number(numbers.count(counts.get(i)), path + "/" + i + "/letters");
        }
        buckets.end();
        Table summary = new Table(out, words.of(key), words.of("count"), words.of("median"), words.of("mean"), words.of("p25"), words.of("p75"));
        summary.row().number(numbers.count(figures.count()), pointer("process", key, "count"));
        hours(summary, Shown.hours(figures.medianHours()), pointer("process", key, "medianHours"));
        hours(summary, Shown.hours(figures.meanHours()), pointer("process", key, "meanHours"));
        hours(summary, Shown.hours(figures.p25Hours()), pointer("process", key, "p25Hours"));
        hours(summary, Shown.hours(figures.p75Hours()), pointer("process", key, "p75Hours"));
        summary.end();
    }

    private void hours(Table table, BigDecimal value, String path) {
        if (value == null) {
            table.text("\u2013");
        } else {
            table.number(numbers.decimal(value), path);
        }
    }

    /** {@code under 1 h}, {@code 1–6 h}, {@code 1–3 d}, {@code 2 w or more}: hours under a day, days under a week, then weeks. */
    private String bucketLabel(TimeHistogram.Bucket bucket) {
        if (bucket.fromHours() == 0 && bucket.toHours().isPresent()) {
            return words.of("under") + " " + duration(bucket.toHours().getAsLong());
        }
        if (bucket.toHours().isEmpty()) {
            return duration(bucket.fromHours()) + " " + words.of("orMore");
        }
        long from = bucket.fromHours();
        long to = bucket.toHours().getAsLong();
        String fromText = duration(from);
        String toText = duration(to);
        String unit = fromText.substring(fromText.indexOf(' '));
        // Both ends in the same unit read as one range: 1–3 d, not 1 d–3 d.
        return toText.endsWith(unit) ? fromText.substring(0, fromText.indexOf(' ')) + "\u2013" + toText : fromText + "\u2013" + toText;
    }

    private String duration(long hours) {
        if (hours % 168 == 0 && hours >= 168) {
            return hours / 168 + " " + words.of("weeksShort");
        }
        if (hours % 24 == 0 && hours >= 24 && hours < 168) {
            return hours / 24 + " " + words.of("daysShort");
        }
        return hours + " " + words.of("hoursShort");
    }

    private void coverage() {
        CoverageReport coverage = report.coverage();
        section("coverage");
        out.raw("<p>").text(words.of("coverageNote")).raw("</p><dl>");
        out.raw("<dt>").text(words.of("persons")).raw("</dt><dd data-json='/coverage/persons'>").text(numbers.count(coverage.personCount()))
                .raw("</dd><dt>").text(words.of("organisations")).raw("</dt><dd data-json='/coverage/organisations'>")
                .text(numbers.count(coverage.organisationCount())).raw("</dd></dl>");
        if (coverage.personCount() == 0) {
            out.raw("<p>").text(words.of("noPersons")).raw("</p>");
        }
        coverageChart(coverage, Coverage.SEX, "bySex");
        coverageChart(coverage, Coverage.AGE_GROUP, "byAge");
        Table whole = new Table(out, words.of("coverage"), words.of("group"), words.of("count"), words.of("digital"), words.of("share"),
                words.of("lower"), words.of("upper"), words.of("blocked"), words.of("pending"));
        coverage.persons().ifPresent(group -> coverageRow(whole, words.of("allPersons"), group, pointer("coverage", "allPersons")));
        coverage.organisations().ifPresent(group -> coverageRow(whole, words.of("organisations"), group, pointer("coverage", "allOrganisations")));
        whole.end();
        endSection();
    }

    private void coverageChart(CoverageReport coverage, String variable, String titleKey) {
        List<CoverageGroup> all = coverage.groups();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).variable().equals(variable)) {
                indices.add(i);
            }
        }
        if (indices.isEmpty()) {
            return;
        }
        String title = words.of("coverage") + " \u2013 " + words.of(titleKey).toLowerCase(java.util.Locale.ROOT);
        out.raw("<h3>").text(words.of(titleKey)).raw("</h3>");
        List<RateBar> bars = indices.stream().map(i -> {
            CoverageGroup group = all.get(i);
            return bar(words.orAsIs(group.value()), Optional.of(new RateFigure(group.digital(), group.recipients(), group.share(), group.ci95())),
                    pointer("coverage", "groups", i, "share"), pointer("coverage", "groups", i, "ci95"));
        }).toList();
        SvgRateChart.render(out, "chart-coverage-" + variable, title, bars, words, numbers);
        Table table = new Table(out, title, words.of("group"), words.of("count"), words.of("digital"), words.of("share"), words.of("lower"),
                words.of("upper"), words.of("blocked"), words.of("pending"));
        for (int i : indices) {
            coverageRow(table, words.orAsIs(all.get(i).value()), all.get(i), pointer("coverage", "groups", i));
        }
        table.end();
    }

    private void coverageRow(Table table, String label, CoverageGroup group, String path) {
        table.row().text(label).number(numbers.count(group.recipients()), path + "/persons").number(numbers.count(group.digital()), path + "/digital");
        shareCells(table, group.share(), group.ci95().lower(), group.ci95().upper(), path, "share");
        table.number(numbers.count(group.blocked()), path + "/blocked").number(numbers.count(group.pending()), path + "/pending");
    }

    private void experiment(ExperimentFigures experiment) {
        section("experiment");
        out.raw("<dl><dt>").text(words.of("seed")).raw("</dt>");
        if (experiment.seed().isPresent()) {
            out.raw("<dd data-json='/experiment/seed'>").text(Long.toString(experiment.seed().getAsLong())).raw("</dd>");
        } else {
            out.raw("<dd>").text(words.of("unknown")).raw("</dd>");
        }
        out.raw("<dt>").text(words.of("strata")).raw("</dt><dd>")
                .text(experiment.strata().isEmpty() ? words.of("none") : String.join(", ", experiment.strata())).raw("</dd></dl>");
        List<ArmFigures> arms = experiment.arms();
        List<RateBar> bars = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            bars.add(bar(arms.get(i).name(), Optional.of(arms.get(i).responded()), pointer("experiment", "arms", i, "rate"),
                    pointer("experiment", "arms", i, "ci95")));
        }
        SvgRateChart.render(out, "chart-arms", words.of("armsChart"), bars, words, numbers);
        Table table = new Table(out, words.of("armsChart"), words.of("arm"), words.of("letters"), words.of("responded"), words.of("rate"),
                words.of("lower"), words.of("upper"));
        for (int i = 0; i < arms.size(); i++) {
            ArmFigures arm = arms.get(i);
            table.row().text(arm.name()).number(numbers.count(arm.letters()), pointer("experiment", "arms", i, "letters"))
                    .number(numbers.count(arm.responded().count()), pointer("experiment", "arms", i, "responded"));
            shareCells(table, arm.responded().rate(), arm.responded().ci95().lower(), arm.responded().ci95().upper(),
                    pointer("experiment", "arms", i), "rate");
        }
        table.end();
        out.raw("<p>").text(words.of("comparisonNote")).raw("</p>");
        Table comparisons = new Table(out, words.of("comparisons"), words.of("arm"), words.of("baseline"), words.of("measure"),
                words.of("difference"), words.of("lower"), words.of("upper"), words.of("pValue"));
        for (int i = 0; i < experiment.comparisons().size(); i++) {
            ArmComparison comparison = experiment.comparisons().get(i);
            String path = pointer("experiment", "comparisons", i);
            comparisons.row().text(comparison.arm()).text(comparison.baseline()).text(words.of(comparison.measure()));
            shareCells(comparisons, comparison.difference(), comparison.ci95().lower(), comparison.ci95().upper(), path, "difference");
            comparisons.number(numbers.decimal(Shown.pValue(comparison.pValue())), path + "/pValue");
        }
        comparisons.end();
        endSection();
    }

    private void cost(ReportCost cost) {
        section("cost");
        Table table = new Table(out, words.of("cost") + " (" + cost.currency() + ")", words.of("cost"), words.of("amount"));
        table.row().text(words.of("total")).number(numbers.decimal(cost.total()), "/cost/total");
        cost.lines().byChannel().forEach((channel, amount) -> table.row().text(words.of(channel.name()))
                .number(numbers.decimal(amount), pointer("cost", "byChannel", channel.name())));
        amountRows(table, cost.lines().byOperator(), "byOperator", operatorName());
        amountRows(table, cost.byArm(), "byArm", arm -> words.of("arm") + " " + arm);
        table.row().text(words.of("responses")).number(numbers.count(cost.responses()), "/cost/responses");
        table.row().text(words.of("perResponse"));
        if (cost.perResponse().isPresent()) {
            table.number(numbers.decimal(cost.perResponse().get()), "/cost/perResponse");
        } else {
            table.text("\u2013");
        }
        table.row().text(words.of("unpriced")).number(numbers.count(cost.lines().unpricedLetters()), "/cost/unpricedLetters");
        table.end();
        endSection();
    }

    private Function<String, String> operatorName() {
        return id -> words.of("operator") + " " + report.operators().stream().filter(operator -> operator.id().equals(id)).map(OperatorLetters::name)
                .findFirst().orElse(id);
    }

    private void amountRows(Table table, Map<String, BigDecimal> amounts, String key, Function<String, String> label) {
        amounts.forEach((name, amount) -> table.row().text(label.apply(name)).number(numbers.decimal(amount), pointer("cost", key, name)));
    }

    private RateBar bar(String label, Optional<RateFigure> figure, String path, String ciPath) {
        return new RateBar(label, figure.map(rate -> new RateBar.Figure(Shown.share(rate.rate()), Shown.share(rate.ci95().lower()),
                Shown.share(rate.ci95().upper()), path, ciPath)));
    }

    private void shareCells(Table table, double share, double lower, double upper, String path) {
        shareCells(table, share, lower, upper, path, "share");
    }

    /** The share as a percentage, then its interval's limits; the interval is at {@code path/ci95}. */
    private void shareCells(Table table, double share, double lower, double upper, String path, String shareKey) {
        table.number(numbers.percent(Shown.share(share)), path + "/" + shareKey)
                .number(numbers.percent(Shown.share(lower)), path + "/ci95/0")
                .number(numbers.percent(Shown.share(upper)), path + "/ci95/1");
    }

    /** A JSON pointer (RFC 6901) of the segments: {@code ~} and {@code /} in a key escaped. */
    static String pointer(Object... segments) {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
