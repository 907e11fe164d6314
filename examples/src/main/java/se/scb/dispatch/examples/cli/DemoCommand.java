package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Year;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.scb.dispatch.DispatchOptions;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.examples.demo.DemoTemplate;
import se.scb.dispatch.examples.demo.SyntheticPopulation;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewOptions;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.validation.ValidationReport;

/** {@code dispatch demo}: the whole pipeline on a synthetic sample, against the fakes. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a synthetic sample (persons and some companies, a few bad rows), then preview it,"
                + " validate it and send it against fakes, with progress on stderr and a summary on stdout."
                + " The same seed gives the same sample.")
final class DemoCommand implements Callable<Integer> {

    /** About one digital letter in 400 is refused when sent, as when a mailbox closes after the lookup. */
    private static final int REJECTED_ONE_IN = 400;
    /** Long enough to watch the progress, short enough for a million letters in a minute or two. */
    private static final Duration OPERATOR_LATENCY = Duration.ofMillis(1);

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Option(names = "--recipients", paramLabel = "N", defaultValue = "1000", description = "Rows in the sample (default: ${DEFAULT-VALUE}).")
    private int recipients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print the summary as one JSON object: preview, validation and send.")
    private boolean json;

    @Override
    public Integer call() {
        if (recipients < 1) {
            throw new ParameterException(spec.commandLine(), "--recipients must be at least 1, was " + recipients + ".");
        }
        SyntheticPopulation sample = new SyntheticPopulation(seed, recipients, Year.now(RecipientId.SWEDEN).getValue());
        PopulationSource source = sample.source();
        MessageTemplate template = DemoTemplate.invitation();
        DispatchOptions options = DispatchOptions.named("Demo: Undersökningen om levnadsförhållanden, seed " + seed);
        RecipientDirectory directory = sample.directory();
        ProgressListener progress = new ProgressListener(spec.commandLine().getErr(), program.terminal());

        PreviewReport preview;
        ValidationReport validation;
        SendReport sent;
        try (FakeMailboxOperator operator = operator();
                Dispatcher dispatcher = Fakes.dispatcher(directory, operator, progress)) {
            preview = dispatcher.preview(source, template, new PreviewOptions(1, OptionalLong.empty(), 5));
            progress.startPass("Validating", recipients);
            validation = dispatcher.validate(source, template, options);
            progress.startPass("Planning", recipients);
            sent = dispatcher.send(source, template, options);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, preview, validation, sent);
        } else {
            printText(out, preview, validation, sent);
        }
        out.flush();
        return 0;
    }

    /** Takes every letter after a short latency, except a few refused for good. */
    private FakeMailboxOperator operator() {
        return new FakeMailboxOperator()
                .latency(OPERATOR_LATENCY)
                .failFor(this::refused, DeliveryResult.rejected("MAILBOX_CLOSED", "The mailbox was closed after the lookup."));
    }

    // Decided by the recipient and the seed, not by arrival order, so that a seed gives the same outcome every time.
    private boolean refused(Letter letter) {
        return new SplittableRandom(seed ^ letter.recipient().canonical().hashCode()).nextInt(REJECTED_ONE_IN) == 0;
    }

    private void printText(PrintWriter out, PreviewReport preview, ValidationReport validation, SendReport sent) {
        out.println("Demo: a synthetic sample of " + recipients + " (seed " + seed + "), sent to fakes; nothing leaves this machine.");
        TextReport text = new TextReport(out);
        text.heading("Preview");
        text.preview(preview);
        text.heading("Validation");
        text.validation(validation);
        text.heading("Send");
        out.println(sent.plan().equals(validation)
                ? "The send's plan matches the validation."
                : "The send's plan differs from the validation: the sample or the directory changed in between.");
        text.status(sent.status());
    }

    private void printJson(PrintWriter out, PreviewReport preview, ValidationReport validation, SendReport sent) {
        JsonReport output = JsonReport.startObject(out);
        output.field("recipients", recipients);
        output.field("seed", seed);
        output.startObject("preview");
        output.preview(preview);
        output.endObject();
        output.startObject("validation");
        output.validationCounts(validation);
        output.endObject();
        output.startObject("send");
        output.send(sent);
        output.endObject();
        output.end();
    }
}
