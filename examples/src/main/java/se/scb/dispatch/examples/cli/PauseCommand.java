package se.scb.dispatch.examples.cli;

import picocli.CommandLine.Command;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.DispatchControl;
import se.scb.dispatch.journal.Journal;

/** {@code dispatch pause}: no new letter of the dispatch goes out until it is resumed. */
@Command(name = "pause", mixinStandardHelpOptions = true,
        description = "Pause a scheduled or running dispatch: no new letter goes out (letters in flight are answered) until"
                + " 'dispatch resume ID'.")
final class PauseCommand extends DispatchStateCommand {

    @Override
    String act(DispatchControl control, Journal journal, DispatchRecord record, String named) {
        if (record.state() == DispatchState.PAUSED) {
            return named + " is paused already.";
        }
        if (!record.state().isSending() || !control.pause(record.id())) {
            throw new InputException(named + " is " + journal.dispatch(record.id()).orElse(record).state()
                    + "; only a scheduled or running dispatch can be paused.");
        }
        return named + " paused: no new letter goes out until 'dispatch resume " + record.id() + "'.";
    }
}
