package se.scb.dispatch.report.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.coverage.CoverageGroup;
import se.scb.dispatch.coverage.CoverageReport;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.process.OperatorLetters;
import se.scb.dispatch.process.TimeFigures;
import se.scb.dispatch.report.ArmComparison;
import se.scb.dispatch.report.ArmFigures;
import se.scb.dispatch.report.DispatchReport;
import se.scb.dispatch.report.ExperimentFigures;
import se.scb.dispatch.report.RateFigure;
import se.scb.dispatch.report.ReportCost;
import se.scb.dispatch.report.TimeHistogram;
import se.scb.dispatch.stats.Interval;

/**
 * The report as JSON. Every number the HTML shows is here, rounded the same way ({@link Shown}); the HTML's cells
 * name the path of theirs ({@code data-json}), which a test follows to check the two agree.
 */
public final class ReportJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;

    private ReportJson(JsonGenerator json) {
        this.json = json;
    }

    public static String write(DispatchReport report) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            new ReportJson(generator).report(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void report(DispatchReport report) throws IOException {
        json.writeStartObject();
        json.writeStringField("dispatchId", report.dispatchId());
        // A subject is the template's, but a template may hold anything: never print a personal number from it.
        json.writeStringField("subject", IdentityNumbers.mask(report.subject()));
        json.writeStringField("createdAt", report.createdAt().toString());
        json.writeNumberField("letters", report.letters());
        outcomes(report);
        operators(report);
        process(report);
        coverage(report.coverage());
        if (report.cost().isPresent()) {
            cost(report.cost().get());
        }
        if (report.experiment().isPresent()) {
            experiment(report.experiment().get());
        }
        json.writeEndObject();
    }

    private void outcomes(DispatchReport report) throws IOException {
        json.writeArrayFieldStart("outcomes");
        for (DispatchReport.StateCount count : report.outcomes()) {
            json.writeStartObject();
            json.writeStringField("state", count.state().name());
            json.writeStringField("reason", count.reason().map(Enum::name).orElse(null));
            json.writeNumberField("letters", count.letters());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void operators(DispatchReport report) throws IOException {
        json.writeArrayFieldStart("operators");
        for (OperatorLetters operator : report.operators()) {
            json.writeStartObject();
            json.writeStringField("id", operator.id());
            json.writeStringField("name", operator.name());
            json.writeNumberField("letters", operator.letters());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void process(DispatchReport report) throws IOException {
        json.writeObjectFieldStart("process");
        json.writeArrayFieldStart("facts");
        for (DispatchReport.FactRate rate : report.processRates()) {
            json.writeStartObject();
            json.writeStringField("fact", rate.fact().key());
            json.writeBooleanField("provided", rate.rate().isPresent());
            if (rate.rate().isPresent()) {
                RateFigure figure = rate.rate().get();
                json.writeNumberField("count", figure.count());
                json.writeNumberField("outOf", figure.outOf());
                rate("share", figure);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        time("timeToOpen", report.process().all().timeToOpen(), report.timeToOpen());
        time("timeToResponse", report.process().all().timeToResponse(), report.timeToResponse());
        json.writeEndObject();
    }

    private void time(String name, TimeFigures figures, TimeHistogram histogram) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("count", figures.count());
        number("medianHours", Shown.hours(figures.medianHours()));
        number("meanHours", Shown.hours(figures.meanHours()));
        number("p25Hours", Shown.hours(figures.p25Hours()));
        number("p75Hours", Shown.hours(figures.p75Hours()));
        json.writeArrayFieldStart("histogram");
        for (TimeHistogram.Bucket bucket : histogram.buckets()) {
            json.writeStartObject();
            json.writeNumberField("fromHours", bucket.fromHours());
            if (bucket.toHours().isPresent()) {
                json.writeNumberField("toHours", bucket.toHours().getAsLong());
            } else {
                json.writeNullField("toHours");
            }
            json.writeNumberField("letters", bucket.letters());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void coverage(CoverageReport coverage) throws IOException {
        json.writeObjectFieldStart("coverage");
        json.writeStringField("asOf", coverage.asOf().toString());
        json.writeNumberField("persons", coverage.personCount());
        json.writeNumberField("organisations", coverage.organisationCount());
        json.writeArrayFieldStart("groups");
        for (CoverageGroup group : coverage.groups()) {
            json.writeStartObject();
            json.writeStringField("variable", group.variable());
            json.writeStringField("value", group.value());
            coverageCounts(group);
            json.writeEndObject();
        }
        json.writeEndArray();
        wholeGroup("allPersons", coverage.persons());
        wholeGroup("allOrganisations", coverage.organisations());
        json.writeEndObject();
    }

    private void wholeGroup(String name, Optional<CoverageGroup> group) throws IOException {
        if (group.isEmpty()) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        coverageCounts(group.get());
        json.writeEndObject();
    }

    private void coverageCounts(CoverageGroup group) throws IOException {
        json.writeNumberField("persons", group.recipients());
        json.writeNumberField("digital", group.digital());
        json.writeNumberField("share", Shown.share(group.share()));
        interval(group.ci95());
        json.writeNumberField("blocked", group.blocked());
        json.writeNumberField("pending", group.pending());
    }

    private void cost(ReportCost cost) throws IOException {
        json.writeObjectFieldStart("cost");
        json.writeStringField("currency", cost.currency());
        json.writeNumberField("total", cost.total());
        amounts("byChannel", stringKeys(cost.lines().byChannel()));
        amounts("byOperator", cost.lines().byOperator());
        amounts("byArm", cost.byArm());
        number("perResponse", cost.perResponse().orElse(null));
        json.writeNumberField("responses", cost.responses());
        json.writeNumberField("unpricedLetters", cost.lines().unpricedLetters());
        json.writeEndObject();
    }

    private static Map<String, BigDecimal> stringKeys(Map<? extends Enum<?>, BigDecimal> byEnum) {
        Map<String, BigDecimal> byName = new java.util.LinkedHashMap<>();
        byEnum.forEach((key, value) -> byName.put(key.name(), value));
        return byName;
    }

    private void amounts(String name, Map<String, BigDecimal> amounts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, BigDecimal> amount : amounts.entrySet()) {
            json.writeNumberField(amount.getKey(), amount.getValue());
        }
        json.writeEndObject();
    }

    private void experiment(ExperimentFigures experiment) throws IOException {
        json.writeObjectFieldStart("experiment");
        if (experiment.seed().isPresent()) {
            json.writeNumberField("seed", experiment.seed().getAsLong());
        } else {
            json.writeNullField("seed");
        }
        json.writeArrayFieldStart("strata");
        for (String stratum : experiment.strata()) {
            json.writeString(stratum);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("arms");
        for (ArmFigures arm : experiment.arms()) {
            json.writeStartObject();
            json.writeStringField("name", arm.name());
            json.writeNumberField("letters", arm.letters());
            json.writeNumberField("responded", arm.responded().count());
            rate("rate", arm.responded());
            optionalRate("opened", arm.opened());
            optionalRate("delivered", arm.delivered());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("comparisons");
        for (ArmComparison comparison : experiment.comparisons()) {
            json.writeStartObject();
            json.writeStringField("arm", comparison.arm());
            json.writeStringField("baseline", comparison.baseline());
            json.writeStringField("measure", comparison.measure());
            json.writeNumberField("difference", Shown.share(comparison.difference()));
            interval(comparison.ci95());
            json.writeNumberField("pValue", Shown.pValue(comparison.pValue()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void optionalRate(String name, Optional<RateFigure> figure) throws IOException {
        if (figure.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeNumberField("count", figure.get().count());
        rate("rate", figure.get());
        json.writeEndObject();
    }

    /** {@code name: rate, ci95: [lo, hi]}. */
    private void rate(String name, RateFigure figure) throws IOException {
        json.writeNumberField(name, Shown.share(figure.rate()));
        interval(figure.ci95());
    }

    private void interval(Interval interval) throws IOException {
        json.writeArrayFieldStart("ci95");
        json.writeNumber(Shown.share(interval.lower()));
        json.writeNumber(Shown.share(interval.upper()));
        json.writeEndArray();
    }

    private void number(String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
