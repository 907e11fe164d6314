package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.HistoryQuery;

/**
 * {@code dispatch run}: sends what falls due in every dispatch of the journal, as a service (until
 * stopped) or once until nothing is left to do. Several processes may run at once on one
 * PostgreSQL journal: each claims its own letters.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Send the letters that fall due in every dispatch of the journal: scheduled ones when their time"
                + " comes, in their sending windows and waves. Runs until stopped (Ctrl-C or SIGTERM: letters in flight"
                + " are answered first), or with --until-idle until nothing is due and nothing is being sent."
                + " Several processes may share a PostgreSQL journal.")
final class RunCommand implements Callable<Integer> {

    /** Dispatches a run looks at for letters held by runners, at most; far more than are ever sending at once. */
    private static final int SENDING_AT_MOST = 10_000;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Mixin
    private SendingOptions sending;

    @Option(names = "--until-idle", description = "Stop when nothing is due and no letter is held by a runner (this one or another).")
    private boolean untilIdle;


    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws InterruptedException {
        Instant started = clock.instant();
        Session session = sending.session(program.runSettings(), Duration.ZERO)
                .open();
        if (!untilIdle) {
            runUntilStopped(session);
            return 0;
        }
        try (session) {
            runUntilIdle(session.dispatcher());
            printTouched(session.dispatcher(), started);
        }
        return 0;
    }

    /** Sends in the background until the process is told to stop; the shutdown hook closes the session. */
    private void runUntilStopped(Session session) throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("Stopping: letters in flight are answered first.");
            err.flush();
            try {
                session.close();
            } finally {
                stopped.countDown();
            }
        }, "dispatch-run-shutdown"));
        session.dispatcher().start();
        err.println("Sending what falls due in " + sending.journal().shown() + " until stopped (Ctrl-C).");
        err.flush();
        stopped.await();
    }

    private void runUntilIdle(Dispatcher dispatcher) throws InterruptedException {
        Duration poll = program.runSettings().idlePoll();
        while (true) {
            dispatcher.runDueWork();
            if (dispatcher.isIdle()) {
                completeSettled(dispatcher);
                dispatcher.pollProcessEvents();
                return;
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /**
     * Nothing is due that could go now (a letter due in a closed sending window waits for it to
     * open), and no runner holds a letter: when one that died holds some, they come back to us
     * when its lease runs out.
     */
    /**
     * A dispatch whose letters have all settled but which is still marked as sending (its runner
     * stopped between the last letter and marking it) is marked completed.
     */
    private static void completeSettled(Dispatcher dispatcher) {
        sending(dispatcher).stream()
                .filter(summary -> summary.status().isComplete())
                .forEach(summary -> dispatcher.awaitSettled(summary.dispatch().id()));
    }

    private static List<DispatchSummary> sending(Dispatcher dispatcher) {
        return dispatcher.history(HistoryQuery.all().inStates(EnumSet.of(DispatchState.SCHEDULED, DispatchState.RUNNING)).limit(SENDING_AT_MOST));
    }

    /** The dispatches something happened to since the run started, with their counts. */
    private void printTouched(Dispatcher dispatcher, Instant started) {
        List<DispatchSummary> touched = dispatcher.history(HistoryQuery.all().limit(SENDING_AT_MOST)).stream()
                .filter(summary -> summary.lastEventAt().map(at -> !at.isBefore(started)).orElse(false))
                .toList();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Idle: nothing is due and no letter is being sent.");
        if (!touched.isEmpty()) {
            stdout.println();
            stdout.println("Dispatches with letters sent, settled or planned since this run started:");
            new TextReport(stdout).history(touched);
        }
        stdout.flush();
    }
}
