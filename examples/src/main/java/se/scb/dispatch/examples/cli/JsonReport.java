package se.scb.dispatch.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import se.scb.dispatch.SendReport;
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
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.preview.RenderedSample;
import se.scb.dispatch.preview.VariableSummary;
import se.scb.dispatch.testkit.ReceivedLettersFile;
import se.scb.dispatch.validation.ValidationReport;

/**
 * The {@code --json} output: reports written as they come with Jackson's streaming generator, so that
 * a million recipients pass through without being held. Recipients appear masked only.
 *
 * <p>Not closeable on purpose: when a command fails half-way, nothing more is written, and
 * {@link #end()} is called only on success.
 *
 * <p>Keys of counts are the enum names ({@code DIGITAL}, {@code NO_MAILBOX}, {@code DELIVERED} …),
 * which are stable; every outcome and every delivery state is present, zero or not; reasons and
 * operators only when counted.
 */
final class JsonReport {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final PrintWriter out;
    private final JsonGenerator json;

    private JsonReport(PrintWriter out) {
        this.out = out;
        try {
            this.json = FACTORY.createGenerator(out).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the one object the output consists of. */
    static JsonReport startObject(PrintWriter out) {
        JsonReport report = new JsonReport(out);
        report.write(() -> report.json.writeStartObject());
        return report;
    }

    void field(String name, long value) {
        write(() -> json.writeNumberField(name, value));
    }

    void field(String name, String value) {
        write(() -> json.writeStringField(name, value));
    }

    /** An amount, exact as it was computed (no binary rounding). */
    void field(String name, java.math.BigDecimal value) {
        write(() -> json.writeNumberField(name, value));
    }

    void field(String name, double value) {
        write(() -> json.writeNumberField(name, value));
    }

    /** An array of numbers, e.g. an interval's limits. */
    void numbers(String name, double... values) {
        write(() -> {
            json.writeArrayFieldStart(name);
            for (double value : values) {
                json.writeNumber(value);
            }
            json.writeEndArray();
        });
    }

    void field(String name, boolean value) {
        write(() -> json.writeBooleanField(name, value));
    }

    /** An instant as ISO-8601, or null. */
    void field(String name, Optional<Instant> value) {
        field(name, value.map(Instant::toString).orElse(null));
    }

    /** A count, or null when there is none. */
    void field(String name, OptionalLong value) {
        write(() -> {
            if (value.isPresent()) {
                json.writeNumberField(name, value.getAsLong());
            } else {
                json.writeNullField(name);
            }
        });
    }

    /** A figure rounded to four decimals, or null when there is none. */
    void field(String name, OptionalDouble value) {
        write(() -> {
            if (value.isPresent()) {
                json.writeNumberField(name, Math.round(value.getAsDouble() * 10_000) / 10_000.0);
            } else {
                json.writeNullField(name);
            }
        });
    }

    /** Starts an object as the next element of the current array. */
    void startElement() {
        write(json::writeStartObject);
    }

    void startObject(String name) {
        write(() -> json.writeObjectFieldStart(name));
    }

    void startArray(String name) {
        write(() -> json.writeArrayFieldStart(name));
    }

    void endObject() {
        write(json::writeEndObject);
    }

    void endArray() {
        write(json::writeEndArray);
    }

    /** One recipient's outcome, as an element of the current array. */
    void recipient(RecipientOutcome outcome, Optional<String> caseId) {
        recipient(outcome, caseId, Optional.empty());
    }

    /**
     * One recipient's outcome, as an element of the current array, with its experiment arm when the validation has an
     * experiment ({@code arm} is then present: the arm's name, or empty for a row that takes no part, written as null).
     */
    void recipient(RecipientOutcome outcome, Optional<String> caseId, Optional<Optional<String>> arm) {
        write(() -> {
            json.writeStartObject();
            json.writeNumberField("row", outcome.row());
            json.writeStringField("recipient", outcome.recipient().map(RecipientId::masked).orElse(null));
            json.writeStringField("caseId", caseId.orElse(null));
            json.writeStringField("outcome", outcome.outcome().name());
            json.writeStringField("operator", outcome.operatorId().orElse(null));
            json.writeStringField("reason", outcome.reason().map(ReasonCode::name).orElse(null));
            json.writeStringField("message", outcome.message());
            if (arm.isPresent()) {
                json.writeStringField("arm", arm.get().orElse(null));
            }
            json.writeEndObject();
        });
    }

    /** The counts of a validation or a plan, as fields of the current object. */
    void validationCounts(ValidationReport report) {
        field("total", report.total());
        startObject("outcomes");
        for (Outcome outcome : Outcome.values()) {
            field(outcome.name(), report.count(outcome));
        }
        endObject();
        reasons("reasons", report.reasons());
        counts("operators", report.operators());
        if (!report.arms().isEmpty()) {
            startObject("arms");
            report.arms().forEach((arm, outcomes) -> {
                startObject(arm);
                field("total", outcomes.values().stream().mapToLong(Long::longValue).sum());
                for (Outcome outcome : Outcome.values()) {
                    field(outcome.name(), report.count(arm, outcome));
                }
                endObject();
            });
            endObject();
        }
    }

    /** Where every letter ended, as fields of the current object. */
    void status(DispatchStatus status) {
        field("total", status.total());
        field("planComplete", status.planComplete());
        startObject("states");
        for (DeliveryState state : DeliveryState.values()) {
            field(state.name(), status.count(state));
        }
        endObject();
        reasons("reasons", status.reasons());
        if (!status.arms().isEmpty()) {
            startObject("arms");
            for (ArmStatus arm : status.arms().values()) {
                startObject(arm.arm());
                field("letters", arm.letters());
                for (DeliveryState state : arm.settled().keySet().stream().sorted().toList()) {
                    field(state.name(), arm.count(state));
                }
                field("open", arm.open());
                endObject();
            }
            endObject();
        }
    }

    /** The print batches, as the object {@code paper}. */
    void paper(PrintedBatches printed) {
        startObject("paper");
        field("directory", printed.directory().map(Object::toString).orElse(null));
        startArray("batches");
        for (PrintedBatches.Batch batch : printed.batches()) {
            startElement();
            field("id", batch.id());
            field("letters", batch.letters());
            field("path", printed.path(batch).map(Object::toString).orElse(null));
            endObject();
        }
        endArray();
        endObject();
    }

    /** A dispatch's record, counts and times, as fields of the current object. */
    void dispatch(DispatchSummary summary) {
        DispatchRecord dispatch = summary.dispatch();
        field("dispatchId", dispatch.id());
        field("name", dispatch.name());
        field("state", dispatch.state().name());
        field("createdAt", Optional.of(dispatch.createdAt()));
        field("createdBy", dispatch.options().createdBy());
        field("firstSentAt", summary.firstSentAt());
        field("lastEventAt", summary.lastEventAt());
        field("purgedAt", dispatch.purgedAt());
        status(summary.status());
        field("final", summary.status().finalCount());
    }

    /** What the fake operator received of a dispatch, as fields of the current object. */
    void received(ReceivedLettersFile.Summary received) {
        field("received", received.letters());
        field("repeats", received.repeats());
        field("duplicates", received.duplicates());
    }

    /** One log line, as the next element of the current array. */
    void event(JournalEvent event) {
        startElement();
        field("at", Optional.of(event.at()));
        field("row", event.row());
        field("messageId", event.messageId());
        field("type", event.type().name());
        field("code", event.code());
        field("detail", event.detail());
        endObject();
    }

    /** A send: its plan's counts and where the letters ended. */
    void send(SendReport report) {
        field("dispatchId", report.dispatchId());
        startObject("plan");
        validationCounts(report.plan());
        endObject();
        startObject("final");
        status(report.status());
        endObject();
    }

    void preview(PreviewReport report) {
        field("rows", report.rows());
        field("malformedRows", report.malformedRows());
        startArray("variables");
        report.variables().forEach(this::variable);
        endArray();
        strings("missingFromSource", report.missingFromSource());
        strings("unusedColumns", report.unusedColumns());
        strings("addressColumns", report.addressColumns());
        startArray("samples");
        report.samples().forEach(this::sample);
        endArray();
    }

    private void variable(VariableSummary variable) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("name", variable.name());
            json.writeBooleanField("usedByTemplate", variable.usedByTemplate());
            json.writeNumberField("filled", variable.filled());
            json.writeNumberField("distinct", variable.distinct());
            json.writeBooleanField("distinctCapped", variable.distinctCapped());
            json.writeArrayFieldStart("topValues");
            for (VariableSummary.ValueCount value : variable.topValues()) {
                json.writeStartObject();
                json.writeStringField("value", value.value());
                json.writeNumberField("count", value.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void sample(RenderedSample sample) {
        write(() -> {
            json.writeStartObject();
            json.writeNumberField("row", sample.row());
            json.writeStringField("recipient", sample.recipient());
            optional("subject", sample.subject());
            optional("text", sample.text());
            optional("html", sample.html());
            json.writeArrayFieldStart("missing");
            for (String name : sample.missing()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void optional(String name, Optional<String> value) throws IOException {
        json.writeStringField(name, value.orElse(null));
    }

    void strings(String name, Iterable<String> values) {
        write(() -> {
            json.writeArrayFieldStart(name);
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        });
    }

    /** Reason counts in the enum's order, which groups paper reasons and failures. */
    private void reasons(String name, Map<ReasonCode, Long> counts) {
        startObject(name);
        for (ReasonCode reason : ReasonCode.values()) {
            Long count = counts.get(reason);
            if (count != null && count > 0) {
                field(reason.name(), count);
            }
        }
        endObject();
    }

    private void counts(String name, Map<String, Long> counts) {
        startObject(name);
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> field(entry.getKey(), entry.getValue()));
        endObject();
    }

    /** Ends the object and the line, and flushes. */
    void end() {
        write(() -> {
            json.writeEndObject();
            json.close();
        });
        out.println();
        out.flush();
    }

    private void write(JsonWrite action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface JsonWrite {
        void run() throws IOException;
    }
}
