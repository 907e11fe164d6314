package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.testkit.ReceivedLettersFile;

/** {@code dispatch status}: where one dispatch's letters stand, and what the fake operator received of it. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a dispatch's state, its letters per state and reason, and what the fake operator received of it:"
                + " repeats (a letter received again under the same message id, after a crash; harmless) and duplicates"
                + " (a recipient who received two different letters; must be 0).")
final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DispatchIdArgument dispatch;

    @Mixin
    private JournalOption journal;

    @Mixin
    private ReceivedOption received;

    @Option(names = "--json", description = "Print one JSON object: dispatchId, name, state, times, total, states, reasons, final,"
            + " received, repeats, duplicates.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReceivedLettersFile file = received.file(journal);
        try (Journal opened = journal.openExisting()) {
            DispatchRecord record = Dispatches.existing(opened, dispatch.id(), journal);
            DispatchSummary summary = Dispatches.summary(opened, record);
            ReceivedLettersFile.Summary receivedOfIt = ReceivedCheck.of(file, opened, record.id());
            if (json) {
                JsonReport output = JsonReport.startObject(out);
                output.dispatch(summary);
                output.received(receivedOfIt);
                output.end();
            } else {
                TextReport text = new TextReport(out);
                text.dispatch(summary);
                out.println();
                text.status(summary.status());
                text.received(receivedOfIt, file);
            }
        }
        out.flush();
        return 0;
    }
}
