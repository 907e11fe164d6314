package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/** {@code dispatch preview}: what the population holds, measured against the template. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show the population's columns (how well filled, most common values), the template's variables"
                + " that no column provides, and a few letters rendered from the first rows.")
final class PreviewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceAndTemplate inputs;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        MessageTemplate template = inputs.template();
        PreviewReport report;
        // Preview asks no directory or operator; the dispatcher is built with empty fakes for the API's sake.
        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = Fakes.dispatcher(FakeRecipientDirectory.builder().build(), operator, DispatchListener.none())) {
            report = dispatcher.preview(inputs.population(), template);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonReport output = JsonReport.startObject(out);
            output.preview(report);
            output.end();
        } else {
            new TextReport(out).preview(report);
        }
        out.flush();
        return 0;
    }
}
