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

/** {@code dispatch purge}: removes a finished dispatch's personal data; its counts and log stay. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Remove a completed or cancelled dispatch's personal data from the journal (identity numbers, variables,"
                + " addresses, case ids); its counts, states, reasons and log stay, so reports still add up. Cannot be undone.")
final class PurgeCommand implements Callable<Integer> {

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
            if (!record.state().isFinal()) {
                // Its letters still to go out need their addresses and variables.
                throw new InputException(named + " is " + record.state() + "; cancel it or let it finish before purging its personal data.");
            }
            if (record.purgedAt().isPresent()) {
                out.println(named + ": its personal data was purged already, at " + TextReport.time(record.purgedAt().get()) + ".");
            } else {
                opened.purgePersonalData(record.id(), clock.instant());
                out.println(named + ": personal data purged; its counts, states, reasons and log stay.");
            }
        }
        out.flush();
        return 0;
    }
}
