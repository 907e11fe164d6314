package se.scb.dispatch.examples.cli;

import picocli.CommandLine.Command;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.DispatchControl;
import se.scb.dispatch.journal.Journal;

/** {@code dispatch cancel}: stops a dispatch for good; letters sent stay sent. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel a dispatch for good: its letters not yet sent are cancelled, letters already sent stay sent."
                + " Letters a running process holds are settled by it.")
final class CancelCommand extends DispatchStateCommand {

    @Override
    String act(DispatchControl control, Journal journal, DispatchRecord record, String named) {
        if (record.state().isFinal()) {
            throw new InputException(named + " is " + record.state() + " already; a finished dispatch does not change.");
        }
        int cancelled = control.cancel(record.id());
        return named + " cancelled: " + cancelled + " letters not yet sent were cancelled; letters already sent stay sent.";
    }
}
