package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.jdbc.JdbcJournal;

/** {@code dispatch cancel}: stops a dispatch for good; letters sent stay sent. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel a dispatch for good: its letters not yet sent are cancelled, letters already sent stay sent."
                + " Letters a running process holds are settled by it.")
final class CancelCommand implements Callable<Integer> {

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
            if (record.state().isFinal()) {
                throw new InputException(named + " is " + record.state() + " already; a finished dispatch does not change.");
            }
            int cancelled = opened.cancel(record.id(), clock.instant());
            out.println(named + " cancelled: " + cancelled + " letters not yet sent were cancelled; letters already sent stay sent.");
        }
        out.flush();
        return 0;
    }
}
