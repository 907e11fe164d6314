package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.ArmStatus;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.model.SendingWindow;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.preview.RenderedSample;
import se.scb.dispatch.preview.VariableSummary;
import se.scb.dispatch.testkit.ReceivedLettersFile;
import se.scb.dispatch.validation.ValidationReport;

/** The human output: reports as short tables. Recipients appear masked only. */
final class TextReport {

    private static final int LOG_LINES_PER_TABLE = 1_000;

    /** Print batches listed in the human output; the JSON lists every one. */
    private static final int BATCHES_SHOWN = 20;

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssxxx", Locale.ROOT)
            .withZone(SendingWindow.ZONE);

    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    void heading(String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(title.length()));
    }

    void preview(PreviewReport report) {
        out.println("Rows read: " + report.rows() + (report.malformedRows() > 0 ? " (" + report.malformedRows() + " malformed)" : ""));
        out.println();
        TextTable variables = new TextTable("Column", "Used", "Filled", "Distinct", "Most common values");
        for (VariableSummary variable : report.variables()) {
            variables.row(variable.name(), usedFor(variable, report.addressColumns()),
                    variable.filled(), variable.distinct() + (variable.distinctCapped() ? "+" : ""), topValues(variable));
        }
        variables.print(out);
        out.println();
        if (report.missingFromSource().isEmpty()) {
            out.println("Every variable the template uses is a column of the source.");
        } else {
            missingFromSource(report.missingFromSource());
        }
        if (!report.addressColumns().isEmpty()) {
            out.println("Used for paper letters' addresses: " + String.join(", ", report.addressColumns()));
        }
        if (!report.unusedColumns().isEmpty()) {
            out.println("Columns neither the template nor paper letters use: " + String.join(", ", report.unusedColumns()));
        }
        report.samples().forEach(this::sample);
    }

    /** The one line that explains a MISSING_VARIABLE on every row: no column provides the variable at all. */
    void missingFromSource(List<String> variables) {
        out.println("Missing from the source: " + placeholders(variables)
                + " - the template uses them, no column provides them; rows fail with MISSING_VARIABLE"
                + " unless the placeholder has a default.");
    }

    /** What the Used column says: by the template, for the paper address, or both. */
    private static String usedFor(VariableSummary variable, List<String> addressColumns) {
        boolean paper = addressColumns.contains(variable.name());
        if (variable.usedByTemplate()) {
            return paper ? "yes, paper" : "yes";
        }
        return paper ? "paper" : "";
    }

    private static String topValues(VariableSummary variable) {
        if (variable.topValues().isEmpty()) {
            return variable.filled() > 0 ? "(not shown: recipient ids)" : "";
        }
        return variable.topValues().stream()
                .map(value -> value.value() + " (" + value.count() + ")")
                .collect(Collectors.joining(", "));
    }

    private void sample(RenderedSample sample) {
        out.println();
        out.println("Sample, row " + sample.row() + ", recipient " + sample.recipient() + ":");
        if (!sample.missing().isEmpty()) {
            out.println("  not rendered: the row lacks " + placeholders(sample.missing()));
            return;
        }
        sample.subject().ifPresent(subject -> out.println("  Subject: " + subject));
        sample.text().ifPresent(text -> text.lines().forEach(line -> out.println("  | " + line)));
        if (sample.text().isEmpty()) {
            sample.html().ifPresent(html -> out.println("  (HTML body only, " + html.length() + " characters)"));
        }
    }

    /** Each experiment arm's rows by outcome, for a validation or plan with an experiment. */
    private void validationArms(ValidationReport report) {
        if (report.arms().isEmpty()) {
            return;
        }
        out.println();
        TextTable arms = new TextTable("Arm", "Rows", "Digital", "Paper", "Failed");
        report.arms().forEach((arm, outcomes) -> arms.row(arm, outcomes.values().stream().mapToLong(Long::longValue).sum(),
                report.count(arm, Outcome.DIGITAL), report.count(arm, Outcome.PAPER), report.count(arm, Outcome.FAILED)));
        arms.print(out);
    }

    void validation(ValidationReport report) {
        out.println("Rows: " + report.total() + " (the plan: each row of the source and the outcome planned for it)");
        out.println();
        TextTable outcomes = new TextTable("Outcome", "Rows", "Share");
        for (Outcome outcome : Outcome.values()) {
            outcomes.row(outcome, report.count(outcome), share(report.count(outcome), report.total()));
        }
        outcomes.print(out);
        reasons(report.reasons(), true);
        if (!report.operators().isEmpty()) {
            out.println();
            TextTable operators = new TextTable("Operator", "Digital rows", "Share of digital");
            report.operators().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> operators.row(
                    entry.getKey(), entry.getValue(), share(entry.getValue(), report.count(Outcome.DIGITAL))));
            operators.print(out);
        }
        validationArms(report);
    }

    void status(DispatchStatus status) {
        out.println("Letters: " + status.total() + (status.isComplete() ? ", all settled" : ", " + status.finalCount() + " settled")
                + " (one per row: what became of it; a row that failed the plan is a FAILED letter)");
        if (!status.planComplete()) {
            out.println("The plan is not complete: these are the rows planned so far. A plan cut short is finished by"
                    + " 'dispatch resume ID --population FILE' with the same file.");
        }
        out.println();
        TextTable states = new TextTable("Final state", "Letters", "Share");
        for (DeliveryState state : DeliveryState.values()) {
            long count = status.count(state);
            if (count > 0 || state == DeliveryState.DELIVERED || state == DeliveryState.HANDED_TO_PAPER || state == DeliveryState.FAILED) {
                states.row(state, count, share(count, status.total()));
            }
        }
        states.print(out);
        reasons(status.reasons(), false);
        arms(status);
    }

    /** Each experiment arm's letters by final state, for a dispatch with an experiment. */
    void arms(DispatchStatus status) {
        if (status.arms().isEmpty()) {
            return;
        }
        out.println();
        TextTable arms = new TextTable("Arm", "Letters", "Delivered", "Paper", "Failed", "Cancelled", "Open");
        for (ArmStatus arm : status.arms().values()) {
            arms.row(arm.arm(), arm.letters(), arm.count(DeliveryState.DELIVERED), arm.count(DeliveryState.HANDED_TO_PAPER),
                    arm.count(DeliveryState.FAILED), arm.count(DeliveryState.CANCELLED), arm.open());
        }
        arms.print(out);
    }

    /** Where the dispatch's print batches are. */
    void paper(PrintedBatches printed) {
        if (printed.batches().isEmpty()) {
            out.println("No letter went to paper.");
            return;
        }
        long letters = printed.batches().stream().mapToLong(PrintedBatches.Batch::letters).sum();
        out.println(letters + " letters in " + printed.batches().size() + " print batch(es)"
                + printed.directory().map(folder -> " in " + folder + ", a directory each with letters.pdf and manifest.csv:").orElse(
                        ", handed to the paper channel:"));
        TextTable table = new TextTable("Batch", "Letters");
        printed.batches().stream().limit(BATCHES_SHOWN)
                .forEach(batch -> table.row(printed.path(batch).map(Object::toString).orElse(batch.id()), batch.letters()));
        table.print(out);
        if (printed.batches().size() > BATCHES_SHOWN) {
            out.println("  … and " + (printed.batches().size() - BATCHES_SHOWN) + " more (--json lists them all).");
        }
    }

    /** What the fake operator received of a dispatch. */
    void received(ReceivedLettersFile.Summary received, ReceivedLettersFile file) {
        out.println();
        out.println("The fake operator received " + received.letters() + " letters of this dispatch (" + file.file() + "): "
                + received.repeats() + " repeats (the same letter again after a crash, dropped by message id), "
                + received.duplicates() + " duplicates (recipients with two different letters; must be 0).");
    }

    /** A dispatch's name, state and times. */
    void dispatch(DispatchSummary summary) {
        DispatchRecord dispatch = summary.dispatch();
        out.println("Dispatch " + dispatch.id() + " '" + dispatch.name() + "'");
        out.println("State: " + dispatch.state() + "; created " + time(dispatch.createdAt()) + " by " + dispatch.options().createdBy()
                + "; first sent " + summary.firstSentAt().map(TextReport::time).orElse("-")
                + "; last event " + summary.lastEventAt().map(TextReport::time).orElse("-")
                + dispatch.purgedAt().map(at -> "; personal data purged " + time(at)).orElse(""));
    }

    /** Dispatches, one line each, with their counts. */
    void history(List<DispatchSummary> summaries) {
        if (summaries.isEmpty()) {
            out.println("No dispatch matches.");
            return;
        }
        TextTable table = new TextTable("Id", "Name", "State", "Created", "Letters", "Delivered", "Paper", "Failed", "Cancelled", "Open",
                "First sent", "Last event");
        for (DispatchSummary summary : summaries) {
            DispatchRecord dispatch = summary.dispatch();
            DispatchStatus status = summary.status();
            table.row(dispatch.id(), dispatch.name(), dispatch.state(), time(dispatch.createdAt()), status.total(),
                    status.count(DeliveryState.DELIVERED), status.count(DeliveryState.HANDED_TO_PAPER), status.count(DeliveryState.FAILED),
                    status.count(DeliveryState.CANCELLED), status.total() - status.finalCount(),
                    summary.firstSentAt().map(TextReport::time).orElse("-"), summary.lastEventAt().map(TextReport::time).orElse("-"));
        }
        table.print(out);
        historyArms(summaries);
    }

    /** The arms of the dispatches with an experiment, below the history, one line per dispatch and arm. */
    private void historyArms(List<DispatchSummary> summaries) {
        if (summaries.stream().allMatch(summary -> summary.status().arms().isEmpty())) {
            return;
        }
        out.println();
        TextTable table = new TextTable("Id", "Arm", "Letters", "Delivered", "Paper", "Failed", "Cancelled", "Open");
        for (DispatchSummary summary : summaries) {
            for (ArmStatus arm : summary.status().arms().values()) {
                table.row(summary.dispatch().id(), arm.arm(), arm.letters(), arm.count(DeliveryState.DELIVERED),
                        arm.count(DeliveryState.HANDED_TO_PAPER), arm.count(DeliveryState.FAILED), arm.count(DeliveryState.CANCELLED), arm.open());
            }
        }
        table.print(out);
    }

    /**
     * Log lines in the order given, printed a thousand at a time as they are read, so a log of millions of
     * lines needs no more memory than a short one. They carry no personal data: message ids, codes and sentences.
     *
     * @return how many lines were printed
     */
    long events(Iterator<JournalEvent> events) {
        long printed = 0;
        while (events.hasNext()) {
            TextTable table = new TextTable("Time", "Row", "Message id", "Event", "Code", "Detail");
            for (int i = 0; i < LOG_LINES_PER_TABLE && events.hasNext(); i++) {
                JournalEvent event = events.next();
                table.row(time(event.at()), event.row(), event.messageId(), event.type(), event.code(), event.detail());
            }
            table.print(out, printed == 0);
            printed += table.size();
            out.flush();
        }
        return printed;
    }

    /**
     * An instant to the second in Swedish time, as the inputs (--at, --window) are read, with the offset so
     * that winter and summer time cannot be mistaken; the JSON output keeps UTC for programs.
     */
    static String time(Instant at) {
        return SWEDISH_TIME.format(at);
    }

    /** Lists some failed rows, so that the user sees what to fix. */
    void failures(List<RecipientOutcome> failed, long totalFailed) {
        if (failed.isEmpty()) {
            return;
        }
        out.println();
        out.println(totalFailed > failed.size() ? "First " + failed.size() + " of " + totalFailed + " failed rows:" : "Failed rows:");
        TextTable rows = new TextTable("Row", "Recipient", "Reason", "Message");
        for (RecipientOutcome outcome : failed) {
            rows.row(outcome.row(), outcome.recipient().map(RecipientId::masked).orElse("-"),
                    outcome.reason().map(ReasonCode::name).orElse(""), outcome.message());
        }
        rows.print(out);
    }

    /**
     * How many have each reason: rows with their planned outcome (the plan), or letters (the send, where a
     * reason's planned outcome may differ from where the letter ended, e.g. a rejected letter on paper).
     */
    private void reasons(Map<ReasonCode, Long> counts, boolean asPlanned) {
        TextTable reasons = asPlanned ? new TextTable("Reason", "Outcome", "Rows") : new TextTable("Reason", "Letters");
        for (ReasonCode reason : ReasonCode.values()) {
            long count = counts.getOrDefault(reason, 0L);
            if (count > 0 && asPlanned) {
                reasons.row(reason, reason.outcome(), count);
            } else if (count > 0) {
                reasons.row(reason, count);
            }
        }
        if (!reasons.isEmpty()) {
            out.println();
            reasons.print(out);
        }
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String placeholders(List<String> names) {
        return names.stream().map(name -> "{{" + name + "}}").collect(Collectors.joining(", "));
    }
}
