package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.Optional;
import se.scb.dispatch.coverage.CoverageGroup;
import se.scb.dispatch.coverage.CoverageReport;

/** Writes a coverage report as the {@code coverage} command prints it: a table, or the JSON of issue 11. */
final class CoverageOutput {

    private CoverageOutput() {
    }

    /**
     * {@code {"persons": N, "organisations": M, "asOf": …, "groups": [{"variable", "value", "persons", "digital",
     * "share", "ci95": [lo, hi], "blocked", "pending"}, …]}}, then the same figures for all persons and all
     * organisations; shares and limits unrounded.
     */
    static void json(PrintWriter out, CoverageReport report) {
        JsonReport json = JsonReport.startObject(out);
        json.field("persons", report.personCount());
        json.field("organisations", report.organisationCount());
        json.field("asOf", report.asOf().toString());
        json.startArray("groups");
        for (CoverageGroup group : report.groups()) {
            json.startElement();
            json.field("variable", group.variable());
            json.field("value", group.value());
            figures(json, group, "persons");
            json.endObject();
        }
        json.endArray();
        whole(json, "allPersons", report.persons(), "persons");
        whole(json, "allOrganisations", report.organisations(), "organisations");
        json.end();
    }

    private static void figures(JsonReport json, CoverageGroup group, String countName) {
        json.field(countName, group.recipients());
        json.field("digital", group.digital());
        json.field("share", group.share());
        json.numbers("ci95", group.ci95().lower(), group.ci95().upper());
        json.field("blocked", group.blocked());
        json.field("pending", group.pending());
    }

    private static void whole(JsonReport json, String name, Optional<CoverageGroup> group, String countName) {
        group.ifPresent(figures -> {
            json.startObject(name);
            figures(json, figures, countName);
            json.endObject();
        });
    }

    static void text(PrintWriter out, CoverageReport report) {
        out.println("Valid persons: " + report.personCount() + ", organisations: " + report.organisationCount()
                + " (ages at " + report.asOf() + ")");
        out.println();
        TextTable table = new TextTable("Variable", "Group", "Recipients", "Digital", "Share", "95 % interval", "Blocked", "Pending");
        report.persons().ifPresent(all -> row(table, "all", "persons", all));
        report.groups().forEach(group -> row(table, group.variable(), group.value(), group));
        report.organisations().ifPresent(all -> row(table, "all", "organisations", all));
        table.print(out);
    }

    private static void row(TextTable table, String variable, String value, CoverageGroup group) {
        table.row(variable, value, group.recipients(), group.digital(), CoverageCommand.percent(group.share()),
                CoverageCommand.percent(group.ci95().lower()) + " – " + CoverageCommand.percent(group.ci95().upper()),
                group.blocked(), group.pending());
    }
}
