package se.scb.dispatch.examples.cli;

import java.time.Instant;
import picocli.CommandLine.Command;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.jdbc.JdbcJournal;

/** {@code dispatch pause}: no new letter of the dispatch goes out until it is resumed. */
@Command(name = "pause", mixinStandardHelpOptions = true,
        description = "Pause a scheduled or running dispatch: no new letter goes out (letters in flight are answered) until"
                + " 'dispatch resume ID'.")
final class PauseCommand extends DispatchStateCommand {

    @Override
    String act(JdbcJournal journal, DispatchRecord record, String named, Instant now) {
        if (record.state() == DispatchState.PAUSED) {
            return named + " is paused already.";
        }
        if (!record.state().isSending() || !journal.updateState(record.id(), DispatchState.PAUSED, now)) {
            throw new InputException(named + " is " + journal.dispatch(record.id()).orElse(record).state()
                    + "; only a scheduled or running dispatch can be paused.");
        }
        return named + " paused: no new letter goes out until 'dispatch resume " + record.id() + "'.";
    }
}
