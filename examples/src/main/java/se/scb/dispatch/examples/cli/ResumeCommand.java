package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;

/**
 * {@code dispatch resume}: after a crash, finishes what the journal holds unfinished; with an id,
 * sends on that one dispatch (a paused one is resumed).
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "After a crash: every dispatch whose plan was cut short is cancelled (nothing of it was sent; send it"
                + " again), and every scheduled or running dispatch is sent until all its letters have settled. Letters the"
                + " stopped process held come back when its lease runs out. With a dispatch id, only that one, and a paused"
                + " one is resumed. Dispatches scheduled for later are left to 'dispatch run'.")
final class ResumeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Only this dispatch; a paused one is resumed.")
    private String dispatchId;

    @Mixin
    private SendingOptions sending;


    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        ProgressListener progress = new ProgressListener(spec.commandLine().getErr(), program.terminal());
        try (Session session = sending.session(program.runSettings(), Duration.ZERO)
                .listener(progress)
                .open()) {
            Dispatcher dispatcher = session.dispatcher();
            List<DispatchRecord> unfinished = dispatchId == null ? Dispatches.unfinished(dispatcher)
                    : List.of(Dispatches.existing(session.journal(), dispatchId, sending.journal()));
            if (unfinished.isEmpty()) {
                stdout.println("Nothing to resume: every dispatch in " + sending.journal().shown() + " is completed or cancelled.");
            }
            for (DispatchRecord dispatch : unfinished) {
                resume(dispatcher, dispatch, progress).ifPresent(status -> {
                    new TextReport(stdout).status(status);
                    new TextReport(stdout).paper(PrintedBatches.of(session.journal(), dispatch.id(), session.batchDirectory()));
                });
                stdout.println();
                stdout.flush();
            }
        }
        stdout.flush();
        return 0;
    }

    /** Does what the dispatch's state asks, says so, and returns where its letters ended when it was sent on. */
    private Optional<DispatchStatus> resume(Dispatcher dispatcher, DispatchRecord dispatch, ProgressListener progress) {
        PrintWriter stdout = spec.commandLine().getOut();
        String named = "Dispatch " + dispatch.id() + " '" + dispatch.name() + "'";
        Instant now = clock.instant();
        if (dispatch.state() == DispatchState.PLANNING) {
            stdout.println(Dispatches.cancelInterruptedPlan(dispatcher, dispatch, "send it again."));
            return Optional.empty();
        }
        if (dispatch.state().isFinal()) {
            stdout.println(named + " is " + dispatch.state() + "; there is nothing to resume.");
            return Optional.empty();
        }
        if (dispatch.state() == DispatchState.PAUSED) {
            if (dispatchId == null) {
                stdout.println(named + " is paused; left as it is ('dispatch resume " + dispatch.id() + "' sends it on).");
                return Optional.empty();
            }
            dispatcher.resume(dispatch.id());
            stdout.println(named + " resumed.");
        }
        Optional<Instant> startAt = dispatch.options().schedule().startAt();
        if (startAt.isPresent() && startAt.get().isAfter(now)) {
            // Waiting here until then would tie up a terminal for nothing; that is what 'run' is for.
            stdout.println(named + " is scheduled for " + TextReport.time(startAt.get()) + "; 'dispatch run' sends it then.");
            return Optional.empty();
        }
        stdout.println(named + " was " + dispatch.state() + "; sending it until every letter has settled.");
        stdout.flush();
        try {
            progress.startPass("Planning", -1);
            return Optional.of(dispatcher.awaitSettled(dispatch.id()));
        } finally {
            progress.finish();
        }
    }
}
