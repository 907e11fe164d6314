package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.scb.dispatch.PlannedDispatch;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.template.MessageTemplate;

/**
 * {@code dispatch send}: plans the dispatch into the journal and sends every letter, or, with a
 * start time still to come, only plans it for {@code dispatch run} to send.
 */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Plan the dispatch into the journal and send every letter (to the fake mailbox operator, or print"
                + " batches for paper) until all have settled; report the plan's counts, where each letter ended and where"
                + " the print batches are. With --at in the future it only plans, prints the dispatch id, and leaves the"
                + " sending to 'dispatch run'. Progress goes to stderr.")
final class SendCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private DispatchCli program;

    @Mixin
    private SourceAndTemplate inputs;

    @Mixin
    private ReachabilityFile reachability;

    @Mixin
    private ScheduleOptions scheduleOptions;

    @Mixin
    private SendingOptions sending;

    @Mixin
    private ReminderOptions reminders;

    @Mixin
    private ExperimentOption experimentOption;


    @Option(names = "--json", description = "Print the report as one JSON object: the plan's counts, final states and reasons, print batches.")
    private boolean json;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        Schedule schedule = scheduleOptions.schedule(spec);
        MessageTemplate template = inputs.template();
        Optional<Experiment> experiment = experimentOption.experiment();
        DispatchOptions options = reminders.addTo(DispatchOptions.named(inputs.dispatchName()).schedule(schedule));
        ProgressListener progress = new ProgressListener(spec.commandLine().getErr(), program.terminal());
        Session.Builder builder = sending.session(program.runSettings(), Duration.ZERO)
                .listener(progress);
        reachability.directory(spec, sending.config()).ifPresent(builder::directory);
        PrintWriter stdout = spec.commandLine().getOut();
        try (Session session = builder.open()) {
            if (scheduleOptions.startsAfter(clock.instant())) {
                PlannedDispatch planned;
                try {
                    progress.startPass("Planning", -1);
                    planned = experiment.isPresent()
                            ? session.dispatcher().schedule(inputs.population(), template, options, experiment.get())
                            : session.dispatcher().schedule(inputs.population(), template, options);
                } finally {
                    progress.finish();
                }
                printPlanned(stdout, planned, schedule);
            } else {
                SendReport report;
                try {
                    progress.startPass("Planning", -1);
                    report = experiment.isPresent()
                            ? session.dispatcher().send(inputs.population(), template, options, experiment.get())
                            : session.dispatcher().send(inputs.population(), template, options);
                } finally {
                    progress.finish();
                }
                printSent(stdout, report, PrintedBatches.of(session.journal(), report.dispatchId(), session.batchDirectory()));
            }
        }
        stdout.flush();
        return 0;
    }

    private void printPlanned(PrintWriter stdout, PlannedDispatch planned, Schedule schedule) {
        Instant startAt = schedule.startAt().orElseThrow();
        if (json) {
            JsonReport output = JsonReport.startObject(stdout);
            output.field("dispatchId", planned.dispatchId());
            output.field("scheduled", true);
            output.field("startAt", startAt.toString());
            output.startObject("plan");
            output.validationCounts(planned.plan());
            output.endObject();
            output.end();
            return;
        }
        stdout.println("Dispatch " + planned.dispatchId());
        stdout.println("Planned, nothing sent yet: the first letters are due at " + TextReport.time(startAt) + "; 'dispatch run' on the journal "
                + sending.journal().shown() + " sends them then.");
        TextReport text = new TextReport(stdout);
        text.heading("Plan");
        text.validation(planned.plan());
    }

    private void printSent(PrintWriter stdout, SendReport report, PrintedBatches batches) {
        if (json) {
            JsonReport output = JsonReport.startObject(stdout);
            output.send(report);
            output.paper(batches);
            output.end();
            return;
        }
        TextReport text = new TextReport(stdout);
        stdout.println("Dispatch " + report.dispatchId());
        text.heading("Plan");
        text.validation(report.plan());
        text.heading("Delivery");
        DispatchStatus status = report.status();
        text.status(status);
        text.heading("Paper");
        text.paper(batches);
    }
}
