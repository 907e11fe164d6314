package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.process.ProcessFigures;

/** {@code dispatch process ID}: what happened to a dispatch's letters after they were sent, and who answered. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Show a dispatch's process data: delivered, opened, attachment opened, notified, reminded by the operator,"
                + " blocked, logged in and responded, each as a count and a share, 'not provided' where the operator (from"
                + " --config, the fake without it) cannot tell it; times from delivery to opening and to response. Read from the"
                + " journal: run 'dispatch events poll' and 'dispatch responses import' first for the newest.")
final class ProcessCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DispatchIdArgument dispatch;

    @Mixin
    private JournalOption journal;

    @Mixin
    private ConfigOption config;

    @Option(names = "--json", description = "Print one JSON object: dispatchId, letters, operators, delivered, opened, attachmentOpened,"
            + " notified, operatorReminded, blocked, loggedIn, responded ({provided, count, share}), timeToOpen, timeToResponse"
            + " ({count, medianHours, meanHours, p25Hours, p75Hours}), byOperator and byChannel.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConfiguredOperator operator = ConfiguredOperator.of(config.load());
        try (Journal opened = journal.openExisting()) {
            DispatchRecord record = Dispatches.existing(opened, dispatch.id(), journal);
            ProcessFigures figures = ProcessFigures.of(opened, record.id(), operator.capabilities().processEvents());
            if (json) {
                JsonReport output = JsonReport.startObject(out);
                ProcessReport.json(output, figures);
                output.end();
            } else {
                ProcessReport.text(out, figures);
            }
        }
        out.flush();
        return 0;
    }
}
