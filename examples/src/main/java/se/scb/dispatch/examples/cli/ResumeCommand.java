package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        description = "After a crash: every scheduled or running dispatch is sent until all its letters have settled. A plan"
                + " cut short after its first part is continued from --population (the file it was planned from, checked;"
                + " with --reachability or --config for the lookups) while its letters go out; without --population its"
                + " letters planned so far are sent and it stays incomplete. A dispatch cut short before its first part"
                + " (nothing of it was sent) is cancelled: send it again. Letters the stopped process held come back when"
                + " its lease runs out. With a dispatch id, only that one, and a paused one is resumed. Dispatches scheduled"
                + " for later are left to 'dispatch run'.")
final class ResumeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Only this dispatch; a paused one is resumed.")
    private String dispatchId;

    @Mixin
    private SendingOptions sending;

    @Option(names = "--population", paramLabel = "FILE", converter = ReadableFile.class,
            description = "The population the cut-short plan was planned from, to continue it (the rows already planned are read"
                    + " again and must be the same). Give the dispatch's ID when several plans were cut short.")
    private Path population;

    @Mixin
    private ReachabilityFile reachability;


    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        ProgressListener progress = new ProgressListener(spec.commandLine().getErr(), program.terminal());
        Session.Builder builder = sending.session(program.runSettings(), Duration.ZERO).listener(progress);
        if (population != null) {
            reachability.directory(spec, sending.config()).ifPresent(builder::directory);
        }
        try (Session session = builder.open()) {
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
        boolean planCutShort = !dispatcher.status(dispatch.id()).planComplete();
        try {
            progress.startPass("Planning", -1);
            if (planCutShort && population != null) {
                stdout.println(named + ": its plan was cut short; continuing it from " + population + ".");
                stdout.flush();
                return Optional.of(continued(dispatcher, dispatch));
            }
            DispatchStatus status = dispatcher.awaitSettled(dispatch.id());
            if (planCutShort) {
                stdout.println(named + ": its plan was cut short after " + status.total() + " letters, which were sent on; it completes once"
                        + " 'dispatch resume " + dispatch.id() + " --population FILE' continues the plan from the file it was planned from.");
            }
            return Optional.of(status);
        } finally {
            progress.finish();
        }
    }

    private DispatchStatus continued(Dispatcher dispatcher, DispatchRecord dispatch) {
        try {
            return dispatcher.continueSending(dispatch.id(), PopulationFile.source(population)).status();
        } catch (IllegalArgumentException wrongSource) {
            throw new InputException("--population: " + wrongSource.getMessage(), wrongSource);
        }
    }
}
