package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEvent;

/** {@code dispatch log}: a dispatch's log, every event in the order written; or one recipient's. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Show a dispatch's log in the order written: each letter planned, sent, delivered, retried,"
                + " failed, put in a print batch, handed to paper or cancelled, with the time, the code and a sentence."
                + " With --recipient, only that recipient's letters. Identity numbers are shown masked only.")
final class LogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DispatchIdArgument dispatch;

    @Mixin
    private JournalOption journal;

    @Option(names = "--recipient", paramLabel = "ID", description = "Only this recipient's letters: a personnummer, samordningsnummer"
            + " or organisationsnummer in any common written form.")
    private String recipient;

    @Option(names = "--json", description = "Print one JSON object with the events as an array.")
    private boolean json;

    @Override
    public Integer call() {
        RecipientId only = recipient == null ? null : parsed(recipient);
        PrintWriter out = spec.commandLine().getOut();
        try (Journal opened = journal.openExisting()) {
            DispatchRecord record = Dispatches.existing(opened, dispatch.id(), journal);
            EventQuery query = only == null ? EventQuery.all() : EventQuery.all().of(only);
            try (Stream<JournalEvent> events = opened.allEvents(record.id(), query)) {
                if (json) {
                    JsonReport output = JsonReport.startObject(out);
                    output.field("dispatchId", record.id());
                    if (only != null) {
                        output.field("recipient", only.masked());
                    }
                    output.startArray("events");
                    events.forEach(output::event);
                    output.endArray();
                    output.end();
                } else {
                    printText(out, record, only, events.iterator());
                }
            }
        }
        out.flush();
        return 0;
    }

    private void printText(PrintWriter out, DispatchRecord record, RecipientId only, Iterator<JournalEvent> events) {
        out.println("Dispatch " + record.id() + " '" + record.name() + "'" + (only == null ? "" : ", recipient " + only.masked()));
        if (new TextReport(out).events(events) == 0) {
            out.println(only == null ? "The log is empty."
                    : "No letter to " + only.masked() + " in this dispatch" + (record.purgedAt().isPresent()
                            ? " (its personal data was purged, so recipients can no longer be found)." : "."));
        }
    }

    private static RecipientId parsed(String text) {
        try {
            return RecipientId.parse(text);
        } catch (InvalidRecipientIdException e) {
            throw new InputException("--recipient: " + e.getMessage(), e);
        }
    }
}
