package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.DispatchControl;
import se.scb.dispatch.journal.Journal;

/**
 * A command that changes one dispatch in the journal (pause, cancel, purge): it opens the journal,
 * finds the dispatch by its id, lets the subclass act, and prints one line of what happened.
 */
abstract class DispatchStateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DispatchIdArgument dispatch;

    @Mixin
    private JournalOption journal;

    private final Clock clock = Clock.systemUTC();

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Journal opened = journal.openExisting()) {
            DispatchRecord record = Dispatches.existing(opened, dispatch.id(), journal);
            out.println(act(DispatchControl.of(opened, clock), opened, record, "Dispatch " + record.id() + " '" + record.name() + "'"));
        }
        out.flush();
        return 0;
    }

    /** The {@code --db} option, for a command that keeps files beside the journal. */
    JournalOption journalOption() {
        return journal;
    }

    /**
     * Changes the dispatch and says what happened, starting with {@code named}.
     *
     * @throws InputException when the dispatch is in a state the command does not apply to
     */
    abstract String act(DispatchControl control, Journal journal, DispatchRecord record, String named);
}
