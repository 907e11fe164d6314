package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.spi.ProcessEvent;

/** {@code dispatch operators}: which process facts the configured operator can tell. */
@Command(name = "operators", mixinStandardHelpOptions = true,
        description = "Show what the configured mailbox operator (from --config; the fake without it) can tell after a letter is sent:"
                + " delivered, opened, attachment opened, notified, operator reminder, sender blocked, single sign-on into the questionnaire.")
final class OperatorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOption config;

    @Option(names = "--json", description = "Print one JSON object: operators, each with name, maxMessageBytes and processEvents (kind: true or false).")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConfiguredOperator operator = ConfiguredOperator.of(config.load());
        if (json) {
            JsonReport output = JsonReport.startObject(out);
            output.startArray("operators");
            output.startElement();
            output.field("name", operator.name());
            output.field("maxMessageBytes", operator.capabilities().maxMessageBytes());
            output.startObject("processEvents");
            for (ProcessEvent.Kind kind : ProcessEvent.Kind.values()) {
                output.field(kind.name(), operator.capabilities().processEvents().contains(kind));
            }
            output.endObject();
            output.endObject();
            output.endArray();
            output.end();
        } else {
            TextTable table = new TextTable("Process fact", operator.name());
            for (ProcessEvent.Kind kind : ProcessEvent.Kind.values()) {
                table.row(kind.name(), operator.capabilities().processEvents().contains(kind) ? "yes" : "not provided by " + operator.name());
            }
            table.print(out);
        }
        out.flush();
        return 0;
    }
}
