package se.scb.dispatch.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.DispatchControl;
import se.scb.dispatch.journal.Journal;

/** {@code dispatch purge}: removes a finished dispatch's personal data; its counts and log stay. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Remove a completed or cancelled dispatch's personal data from the journal (identity numbers, variables,"
                + " addresses, case ids); its counts, states, reasons and log stay, so reports still add up. Cannot be undone.")
final class PurgeCommand extends DispatchStateCommand {

    @Mixin
    private ReceivedOption received;

    @Override
    String act(DispatchControl control, Journal journal, DispatchRecord record, String named) {
        if (!record.state().isFinal()) {
            // Its letters still to go out need their addresses and variables.
            throw new InputException(named + " is " + record.state() + "; cancel it or let it finish before purging its personal data.");
        }
        if (record.purgedAt().isPresent()) {
            return named + ": its personal data was purged already, at " + TextReport.time(record.purgedAt().get()) + ".";
        }
        control.purgePersonalData(record.id());
        // The fake operator's file keeps a digest of each recipient: the dispatch's lines go with the rest of its personal data.
        long forgotten = received.file(journalOption()).forget(ReceivedCheck.digitalLettersOf(journal, record.id()));
        return named + ": personal data purged" + (forgotten > 0 ? " (and its " + forgotten + " lines in the fake operator's received-letters file)" : "")
                + "; its counts, states, reasons and log stay.";
    }
}
