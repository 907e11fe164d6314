package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.scb.dispatch.DispatchOptions;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/** {@code dispatch send}: plans and sends every letter, to the fake operator and the fake paper channel. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Plan the dispatch and send every letter to the fake mailbox operator or the fake paper channel;"
                + " report the plan's counts and where each letter ended. Progress goes to stderr.")
final class SendCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Mixin
    private SourceAndTemplate inputs;

    @Mixin
    private ReachabilityFile reachability;

    @Option(names = "--json", description = "Print the report as one JSON object: the plan's counts, final states and reasons.")
    private boolean json;

    @Override
    public Integer call() {
        MessageTemplate template = inputs.template();
        FakeRecipientDirectory directory = reachability.directory();
        ProgressListener progress = new ProgressListener(spec.commandLine().getErr(), program.terminal());
        SendReport report;
        progress.startPass("Planning", -1);
        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = Fakes.dispatcher(directory, operator, progress)) {
            report = dispatcher.send(inputs.population(), template, DispatchOptions.named(inputs.dispatchName()));
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonReport output = JsonReport.startObject(out);
            output.send(report);
            output.end();
        } else {
            TextReport text = new TextReport(out);
            out.println("Dispatch " + report.dispatchId());
            text.heading("Plan");
            text.validation(report.plan());
            text.heading("Delivery");
            text.status(report.status());
        }
        out.flush();
        return 0;
    }
}
