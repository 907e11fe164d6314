package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.jdbc.JdbcJournal;

/** {@code dispatch pause}: no new letter of the dispatch goes out until it is resumed. */
@Command(name = "pause", mixinStandardHelpOptions = true,
        description = "Pause a scheduled or running dispatch: no new letter goes out (letters in flight are answered) until"
                + " 'dispatch resume ID'.")
final class PauseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DispatchIdArgument dispatch;

    @Mixin
    private JournalOption journal;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcJournal opened = journal.open()) {
            DispatchRecord record = Dispatches.existing(opened, dispatch.id(), journal);
            String named = "Dispatch " + record.id() + " '" + record.name() + "'";
            if (record.state() == DispatchState.PAUSED) {
                out.println(named + " is paused already.");
            } else if (!record.state().isSending() || !opened.updateState(record.id(), DispatchState.PAUSED, clock.instant())) {
                throw new InputException(named + " is " + opened.dispatch(record.id()).orElse(record).state()
                        + "; only a scheduled or running dispatch can be paused.");
            } else {
                out.println(named + " paused: no new letter goes out until 'dispatch resume " + record.id() + "'.");
            }
        }
        out.flush();
        return 0;
    }
}
