package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.jdbc.JdbcJournal;

/** {@code dispatch log}: a dispatch's log, every event in the order written; or one recipient's. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Show a dispatch's log in the order written: each letter planned, claimed, sent, delivered, retried,"
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
        try (JdbcJournal opened = journal.open()) {
            DispatchRecord record = Dispatches.existing(opened, dispatch.id(), journal);
            List<JournalEvent> events = only == null ? opened.events(record.id()) : eventsOf(opened, record, only);
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
                printText(out, record, only, events);
            }
        }
        out.flush();
        return 0;
    }

    private static List<JournalEvent> eventsOf(JdbcJournal journal, DispatchRecord record, RecipientId recipient) {
        List<JournalEvent> events = new ArrayList<>();
        for (JournalEntry entry : journal.entriesOf(record.id(), recipient)) {
            events.addAll(journal.events(record.id(), entry.messageId()));
        }
        return events;
    }

    private void printText(PrintWriter out, DispatchRecord record, RecipientId only, List<JournalEvent> events) {
        out.println("Dispatch " + record.id() + " '" + record.name() + "'" + (only == null ? "" : ", recipient " + only.masked()));
        if (events.isEmpty()) {
            out.println(only == null ? "The log is empty."
                    : "No letter to " + only.masked() + " in this dispatch" + (record.purgedAt().isPresent()
                            ? " (its personal data was purged, so recipients can no longer be found)." : "."));
            return;
        }
        new TextReport(out).events(events);
    }

    /** @throws InputException saying what is wrong with the number, without repeating it */
    private static RecipientId parsed(String text) {
        try {
            return RecipientId.parse(text);
        } catch (InvalidRecipientIdException e) {
            throw new InputException("--recipient: " + e.getMessage(), e);
        }
    }
}
