package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dispatch events}: the operators' process events. */
@Command(name = "events", mixinStandardHelpOptions = true, subcommands = EventsCommand.Poll.class,
        description = "Process events from the mailbox operators: delivered, opened, notified …")
final class EventsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: poll.");
    }

    /** {@code dispatch events poll}. */
    @Command(name = "poll", mixinStandardHelpOptions = true,
            description = "Ask the configured operator for its process events since the journal's cursor and store them; storing"
                    + " is idempotent, so polling again, or after a crash, changes nothing. 'dispatch run' polls too.")
    static final class Poll implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @ParentCommand
        private EventsCommand events;

        @Mixin
        private SendingOptions sending;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Session session = sending.session(events.program.runSettings(), Duration.ZERO).open()) {
                int polled = session.dispatcher().pollProcessEvents();
                out.println("Polled " + polled + " process events into " + sending.journal().writtenTo() + ".");
            }
            out.flush();
            return 0;
        }
    }
}
