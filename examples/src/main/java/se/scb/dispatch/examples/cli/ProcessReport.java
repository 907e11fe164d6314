package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.process.FactFigure;
import se.scb.dispatch.process.OperatorLetters;
import se.scb.dispatch.process.ProcessFacts;
import se.scb.dispatch.process.ProcessFigures;
import se.scb.dispatch.process.TimeFigures;

/** Process figures as JSON (the keys the report issue reads) and as tables for people. */
final class ProcessReport {

    private ProcessReport() {
    }

    /** The figures' keys into the current object: dispatchId, letters, operators, each fact, the times, byOperator and byChannel. */
    static void json(JsonReport output, ProcessFigures figures) {
        output.field("dispatchId", figures.dispatchId());
        output.field("letters", figures.letters());
        output.startArray("operators");
        for (OperatorLetters operator : figures.operators()) {
            output.startElement();
            output.field("id", operator.id());
            output.field("name", operator.name());
            output.field("letters", operator.letters());
            output.strings("capabilities", operator.capabilities().stream().sorted().map(Fact::key).toList());
            output.endObject();
        }
        output.endArray();
        facts(output, figures.all());
        output.startObject("blockedAtLookup");
        figures.blockedAtLookup().forEach((operator, recipients) -> output.field(operator, recipients.longValue()));
        output.endObject();
        groups(output, "byOperator", figures.byOperator());
        groups(output, "byChannel", figures.byChannel());
    }

    private static void groups(JsonReport output, String name, Map<String, ProcessFacts> groups) {
        output.startObject(name);
        groups.forEach((key, facts) -> {
            output.startObject(key);
            output.field("letters", facts.letters());
            facts(output, facts);
            output.endObject();
        });
        output.endObject();
    }

    private static void facts(JsonReport output, ProcessFacts facts) {
        facts.facts().forEach((fact, figure) -> {
            output.startObject(fact.key());
            output.field("provided", figure.provided());
            output.field("count", figure.count());
            output.field("share", figure.share());
            output.endObject();
        });
        time(output, "timeToOpen", facts.timeToOpen());
        time(output, "timeToResponse", facts.timeToResponse());
    }

    private static void time(JsonReport output, String name, TimeFigures time) {
        output.startObject(name);
        output.field("count", time.count());
        output.field("medianHours", time.medianHours());
        output.field("meanHours", time.meanHours());
        output.field("p25Hours", time.p25Hours());
        output.field("p75Hours", time.p75Hours());
        output.endObject();
    }

    /** One table of the facts, a column for the dispatch and one per operator, and a line per time figure. */
    static void text(PrintWriter out, ProcessFigures figures) {
        out.println("Dispatch " + figures.dispatchId() + ": " + figures.letters() + " letters; operators: "
                + (figures.operators().isEmpty() ? "none" : figures.operators().stream()
                        .map(operator -> operator.name() + " (" + operator.letters() + ")").collect(Collectors.joining(", "))));
        String[] header = new String[2 + figures.operators().size()];
        header[0] = "Fact";
        header[1] = "All letters";
        for (int i = 0; i < figures.operators().size(); i++) {
            header[2 + i] = figures.operators().get(i).name();
        }
        TextTable table = new TextTable(header);
        for (Fact fact : Fact.values()) {
            String[] row = new String[header.length];
            row[0] = fact.key();
            row[1] = cell(figures.all().fact(fact), "this operator");
            for (int i = 0; i < figures.operators().size(); i++) {
                OperatorLetters operator = figures.operators().get(i);
                row[2 + i] = cell(figures.byOperator().get(operator.id()).fact(fact), operator.name());
            }
            table.row(row);
        }
        table.print(out);
        if (!figures.blockedAtLookup().isEmpty()) {
            out.println("Blocked the sender at lookup: " + figures.blockedAtLookup().entrySet().stream()
                    .map(operator -> operator.getKey() + " " + operator.getValue()).collect(Collectors.joining(", ")));
        }
        out.println("Time to open:     " + time(figures.all().timeToOpen()));
        out.println("Time to response: " + time(figures.all().timeToResponse()));
    }

    private static String cell(FactFigure figure, String source) {
        if (!figure.provided()) {
            return "not provided by " + source;
        }
        return figure.count().getAsLong() + figure.share().stream().mapToObj(share -> String.format(Locale.ROOT, " (%.1f %%)", share * 100))
                .findFirst().orElse("");
    }

    private static String time(TimeFigures time) {
        if (time.count() == 0) {
            return "none yet";
        }
        return String.format(Locale.ROOT, "median %s h, mean %s h, quartiles %s–%s h, over %d letters", hours(time.medianHours()),
                hours(time.meanHours()), hours(time.p25Hours()), hours(time.p75Hours()), time.count());
    }

    private static String hours(OptionalDouble hours) {
        return String.format(Locale.ROOT, "%.1f", hours.orElse(0));
    }
}
