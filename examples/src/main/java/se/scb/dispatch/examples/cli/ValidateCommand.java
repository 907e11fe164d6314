package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.cost.CostReport;
import se.scb.dispatch.cost.Costs;
import se.scb.dispatch.cost.PriceList;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.validation.ValidationReport;

/** {@code dispatch validate}: who would get digital mail, who paper, who nothing, and why; nothing is sent. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Decide every row's outcome as sending would, without sending: DIGITAL (and at which operator),"
                + " PAPER or FAILED, with a reason code and a message for each row that does not go digital.")
final class ValidateCommand implements Callable<Integer> {

    /** Failed rows listed in the human output; the JSON lists every row. */
    private static final int FAILURES_SHOWN = 10;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceAndTemplate inputs;

    @Mixin
    private ReachabilityFile reachability;

    @Mixin
    private ConfigOption config;

    @Mixin
    private PriceOptions prices;

    @Mixin
    private ExperimentOption experimentOption;

    @Option(names = "--json", description = "Print one JSON object: every row's outcome under 'recipients' (with its 'arm' when --experiment"
            + " is given), then the counts (and the counts per arm under 'arms').")
    private boolean json;

    private CostReport estimate(ValidationReport report, PriceList list) {
        return Costs.estimate(report, prices.day(), list, prices.paperWeight(list));
    }

    @Override
    public Integer call() {
        MessageTemplate template = inputs.template();
        Optional<FakeRecipientDirectory> directory = reachability.directory(spec, config);
        List<String> missingFromSource = inputs.variablesMissingFromSource(template);
        Optional<PriceList> priceList = prices.load();
        Optional<Experiment> experiment = experimentOption.experiment();
        PrintWriter out = spec.commandLine().getOut();
        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = config.dryRunDispatcher(directory, operator)) {
            DispatchOptions options = DispatchOptions.named(inputs.dispatchName());
            if (json) {
                JsonReport output = JsonReport.startObject(out);
                output.startArray("recipients");
                ValidationReport report;
                try (CaseIdsInRowOrder caseIds = new CaseIdsInRowOrder(inputs.population())) {
                    report = validate(dispatcher, template, options, experiment,
                            (outcome, arm) -> output.recipient(outcome, caseIds.of(outcome.row()), experiment.map(any -> arm)));
                }
                output.endArray();
                output.validationCounts(report);
                output.strings("missingFromSource", missingFromSource);
                priceList.ifPresent(list -> CostOutput.json(output, estimate(report, list), prices.paperWeight(list)));
                output.end();
            } else {
                List<RecipientOutcome> failed = new ArrayList<>();
                ValidationReport report = validate(dispatcher, template, options, experiment, (outcome, arm) -> {
                    if (outcome.outcome() == Outcome.FAILED && failed.size() < FAILURES_SHOWN) {
                        failed.add(outcome);
                    }
                });
                TextReport text = new TextReport(out);
                if (!missingFromSource.isEmpty()) {
                    text.missingFromSource(missingFromSource);
                    out.println();
                }
                text.validation(report);
                text.failures(failed, report.count(Outcome.FAILED));
                priceList.ifPresent(list -> CostOutput.text(out, estimate(report, list), prices.paperWeight(list)));
            }
        }
        out.flush();
        return 0;
    }

    /** Validates with the experiment when one was given: each outcome goes to {@code each} with its row's arm. */
    private ValidationReport validate(Dispatcher dispatcher, MessageTemplate template, DispatchOptions options, Optional<Experiment> experiment,
            BiConsumer<RecipientOutcome, Optional<String>> each) {
        if (experiment.isPresent()) {
            return dispatcher.validate(inputs.population(), template, options, experiment.get(), each);
        }
        return dispatcher.validate(inputs.population(), template, options, outcome -> each.accept(outcome, Optional.empty()));
    }
}
