package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.examples.demo.DemoExperiment;
import se.scb.dispatch.examples.demo.DemoResponses;
import se.scb.dispatch.examples.demo.DemoTemplate;
import se.scb.dispatch.examples.demo.SyntheticPopulation;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewOptions;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.process.ProcessFigures;
import se.scb.dispatch.report.DispatchReport;
import se.scb.dispatch.report.ReportLanguage;
import se.scb.dispatch.report.ReportOptions;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.testkit.FakeProviders;
import se.scb.dispatch.validation.ValidationReport;

/**
 * {@code dispatch demo}: the whole pipeline on a synthetic sample, against the fakes, kept in the
 * journal. A demo cut short (killed, a crash) goes on where it stopped when started again with the
 * same seed and size, which name its dispatch.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a synthetic sample (persons and some companies, a few bad rows), then preview it,"
                + " validate it and send it against the fake operator, paper letters as print batches,"
                + " with progress on stderr and a summary on stdout. The same seed gives the same sample."
                + " The dispatch is kept in the journal, named from seed and size (demo-s1-n1000): run the same demo"
                + " again after it was cut short and it goes on sending where it stopped.")
final class DemoCommand implements Callable<Integer> {

    /** About one digital letter in 400 is refused when sent, as when a mailbox closes after the lookup. */
    private static final int REJECTED_ONE_IN = 400;
    private static final DeliveryResult MAILBOX_CLOSED = DeliveryResult.rejected("MAILBOX_CLOSED", "The mailbox was closed after the lookup.");

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Option(names = "--recipients", paramLabel = "N", defaultValue = "1000", description = "Rows in the sample (default: ${DEFAULT-VALUE}).")
    private int recipients;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
    private long seed;


    @Option(names = "--json", description = "Print the summary as one JSON object: preview, validation, send, paper, process and the report file.")
    private boolean json;

    @Mixin
    private SendingOptions sending;

    @Mixin
    private ExperimentOption experiment;

    @Override
    public Integer call() {
        if (recipients < 1) {
            throw new ParameterException(spec.commandLine(), "--recipients must be at least 1, was " + recipients + ".");
        }
        sending.config().load().ifPresent(DemoCommand::requireFakeOperator);
        SyntheticPopulation sample = new SyntheticPopulation(seed, recipients, Year.now(RecipientId.SWEDEN).getValue());
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = new ProgressListener(err, program.terminal());
        try (Session session = sending.session(program.runSettings(), Duration.ofMillis(1))
                .directory(sample.directory())
                .refuse(this::refused, MAILBOX_CLOSED)
                .simulatedProcess(seed)
                .listener(progress)
                .open()) {
            Dispatcher dispatcher = session.dispatcher();
            Optional<DispatchRecord> unfinished = Dispatches.toGoOnWith(dispatcher, dispatchName(), err);
            Summary summary;
            try {
                summary = unfinished.isPresent() ? goOn(dispatcher, unfinished.get(), sample, progress) : sendAnew(dispatcher, sample, progress);
            } finally {
                progress.finish();
            }
            PrintedBatches batches = PrintedBatches.of(session.journal(), summary.dispatchId(), session.batchDirectory());
            dispatcher.pollProcessEvents();
            DemoResponses.record(dispatcher, summary.dispatchId(), seed);
            ProcessFigures process = ProcessFigures.of(dispatcher, summary.dispatchId());
            Outcome outcome = new Outcome(summary, batches, process, report(dispatcher, summary.dispatchId(), session.batchDirectory()));
            PrintWriter stdout = spec.commandLine().getOut();
            if (json) {
                printJson(stdout, outcome);
            } else {
                printText(stdout, outcome);
            }
            stdout.flush();
        }
        return 0;
    }

    /** The demo's made-up identity numbers may belong to real people: they must never reach a real operator. */
    private static void requireFakeOperator(ProviderConfig config) {
        String named = ConfigOption.named(config, ProviderConfig.MAILBOX_OPERATOR_KEY).orElse("");
        if (!named.equals(FakeProviders.NAME)) {
            throw new InputException("--config: the demo sends to made-up identity numbers, which may belong to real people;"
                    + " it runs only with " + ProviderConfig.MAILBOX_OPERATOR_KEY + "=" + FakeProviders.NAME
                    + (named.isEmpty() ? ", which the file does not set." : ", not '" + named + "'."));
        }
    }

    /** The dispatch's name: the same seed and size give the same name, so a demo run again finds its dispatch. */
    private String dispatchName() {
        return "demo-s" + seed + "-n" + recipients;
    }

    private Summary sendAnew(Dispatcher dispatcher, SyntheticPopulation sample, ProgressListener progress) {
        PopulationSource source = sample.source();
        MessageTemplate template = DemoTemplate.invitation();
        DispatchOptions options = DispatchOptions.named(dispatchName());
        Experiment arms = experiment.experiment().orElseGet(() -> DemoExperiment.of(seed));
        PreviewReport preview = dispatcher.preview(source, template, new PreviewOptions(1, OptionalLong.empty(), 5));
        progress.startPass("Validating", recipients);
        ValidationReport validation = dispatcher.validate(source, template, options, arms);
        progress.startPass("Planning", recipients);
        SendReport sent = dispatcher.send(source, template, options, arms);
        return new Summary(sent.dispatchId(), sent.status(), Optional.of(new Fresh(preview, validation, sent)), Optional.empty());
    }

    /**
     * Sends on a dispatch an earlier run left unfinished (a paused one is resumed first); a plan cut short is continued
     * from the same synthetic sample (the seed and size make it), so no letter already sent goes again.
     */
    private Summary goOn(Dispatcher dispatcher, DispatchRecord dispatch, SyntheticPopulation sample, ProgressListener progress) {
        spec.commandLine().getErr().println("Going on with dispatch " + dispatch.id() + " '" + dispatch.name() + "', left "
                + dispatch.state() + " by an earlier run; letters a stopped run held come back when its lease runs out.");
        spec.commandLine().getErr().flush();
        if (dispatch.state() == DispatchState.PAUSED) {
            dispatcher.resume(dispatch.id());
        }
        progress.startPass("Planning", -1);
        DispatchStatus status = dispatcher.continueSending(dispatch.id(), sample.source()).status();
        return new Summary(dispatch.id(), status, Optional.empty(), Optional.of(dispatch.state()));
    }

    // Decided by the recipient and the seed, not by arrival order, so that a seed gives the same outcome every time.
    private boolean refused(Letter letter) {
        return new SplittableRandom(seed ^ letter.recipient().canonical().hashCode()).nextInt(REJECTED_ONE_IN) == 0;
    }

    private void printText(PrintWriter stdout, Outcome outcome) {
        Summary summary = outcome.summary();
        TextReport text = new TextReport(stdout);
        if (summary.fresh().isPresent()) {
            Fresh fresh = summary.fresh().get();
            stdout.println("Demo: a synthetic sample of " + recipients + " (seed " + seed + "), sent to fakes; nothing leaves this machine.");
            text.heading("Preview");
            text.preview(fresh.preview());
            text.heading("Validation");
            text.validation(fresh.validation());
            text.heading("Send");
            stdout.println(fresh.sent().plan().equals(fresh.validation())
                    ? "The send's plan matches the validation."
                    : "The send's plan differs from the validation: the sample or the directory changed in between.");
        } else {
            stdout.println("Demo: a synthetic sample of " + recipients + " (seed " + seed + "), sent to fakes; an earlier run left it "
                    + summary.resumedFrom().orElseThrow() + ", and this one went on with it.");
            text.heading("Send");
        }
        stdout.println("Dispatch " + summary.dispatchId() + " '" + dispatchName() + "' in the journal " + sending.journal().writtenTo());
        text.status(summary.status());
        text.heading("Paper");
        text.paper(outcome.batches());
        text.heading("Process data (the fake operator's made-up month after sending, and made-up answers)");
        ProcessReport.text(stdout, outcome.process());
        outcome.report().figures().experiment().ifPresent(arms -> ReportText.experiment(stdout, arms));
        stdout.println();
        stdout.println("Report with charts: " + outcome.report().file().toAbsolutePath() + " (open it in a browser)");
    }

    private void printJson(PrintWriter stdout, Outcome outcome) {
        Summary summary = outcome.summary();
        JsonReport output = JsonReport.startObject(stdout);
        output.field("recipients", recipients);
        output.field("seed", seed);
        output.field("dispatchName", dispatchName());
        output.field("journal", sending.journal().writtenTo());
        output.field("resumed", summary.resumedFrom().isPresent());
        if (summary.fresh().isPresent()) {
            Fresh fresh = summary.fresh().get();
            output.startObject("preview");
            output.preview(fresh.preview());
            output.endObject();
            output.startObject("validation");
            output.validationCounts(fresh.validation());
            output.endObject();
            output.startObject("send");
            output.send(fresh.sent());
            output.endObject();
        } else {
            output.startObject("send");
            output.field("dispatchId", summary.dispatchId());
            output.startObject("final");
            output.status(summary.status());
            output.endObject();
            output.endObject();
        }
        output.paper(outcome.batches());
        output.startObject("process");
        ProcessReport.json(output, outcome.process());
        output.endObject();
        output.field("report", outcome.report().file().toAbsolutePath().toString());
        output.end();
    }

    /**
     * The dispatch report with its charts, as {@code dispatch report ID --html} writes it, beside the print batches
     * (in ./dispatch-out when the configuration writes none).
     */
    private static Report report(Dispatcher dispatcher, String dispatchId, Optional<Path> batchDirectory) {
        DispatchReport report = DispatchReport.of(dispatcher, dispatchId, ReportOptions.defaults());
        Path file = batchDirectory.orElse(Path.of("dispatch-out")).resolve("report.html");
        ReportCommand.writeHtml(file, report.toHtml(ReportLanguage.SV), "The demo's report " + file);
        return new Report(report, file);
    }

    private record Report(DispatchReport figures, Path file) {
    }

    /** All the demo tells at the end. */
    private record Outcome(Summary summary, PrintedBatches batches, ProcessFigures process, Report report) {
    }

    /**
     * What the demo did: its dispatch and where the letters ended, and either what it planned anew
     * or the state an earlier run left the dispatch in.
     */
    private record Summary(String dispatchId, DispatchStatus status, Optional<Fresh> fresh, Optional<DispatchState> resumedFrom) {
    }

    /** The reports of a demo planned and sent in this run. */
    private record Fresh(PreviewReport preview, ValidationReport validation, SendReport sent) {
    }
}
