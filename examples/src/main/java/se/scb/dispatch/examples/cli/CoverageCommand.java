package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.coverage.AgeGroups;
import se.scb.dispatch.coverage.CoverageOptions;
import se.scb.dispatch.coverage.CoverageReport;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/** {@code dispatch coverage}: who has a digital mailbox, by sex, age group and any column, before anything is sent. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Among the population's valid persons, the share with a digital mailbox that takes the sender's letters"
                + " (and the shares that blocked the sender or whose mailbox is pending), by sex, age group and each --by column,"
                + " with 95 % Wilson intervals; organisations counted apart. Nothing is sent.")
final class CoverageCommand implements Callable<Integer> {

    /**
     * The fake directory answers alike for every sender, so without --config a sender is only a formality:
     * the one the README's examples use.
     */
    private static final String SENDER_FOR_THE_FAKE = "202100-5489";

    @Spec
    private CommandSpec spec;

    @Option(names = "--population", required = true, paramLabel = "FILE", converter = ReadableFile.class,
            description = "The population: CSV with a header (';', ',' or TAB), or JSON Lines when the name ends in .jsonl or .ndjson.")
    private Path population;

    @Mixin
    private ReachabilityFile reachability;

    @Mixin
    private ConfigOption config;

    @Option(names = "--sender", paramLabel = "ORGNR",
            description = "The sender's organisation number: a recipient may block one sender and not another. Required with --config.")
    private String sender;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Also group by this column (its header, any case); repeat for several.")
    private List<String> columns = new ArrayList<>();

    @Option(names = "--age-groups", paramLabel = "BANDS", defaultValue = "16-29,30-49,50-64,65-79,80+",
            description = "Age groups, e.g. 16-29,30-49,50-64,65-79,80+ (the default); those younger count in a group of their own.")
    private String ageGroups;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date ages are counted at, e.g. the day the letters go out"
            + " (2026-12-01); today when not given.")
    private LocalDate asOf;

    @Option(names = "--json", description = "Print one JSON object: persons, organisations and the groups.")
    private boolean json;

    @Override
    public Integer call() {
        Optional<FakeRecipientDirectory> directory = reachability.directory(spec, config);
        CoverageOptions options = CoverageOptions.forSender(sender()).by(columnsAsWritten()).ageGroups(ageGroups());
        if (asOf != null) {
            options = options.asOf(asOf);
        }
        PrintWriter out = spec.commandLine().getOut();
        CoverageReport report;
        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = config.dryRunDispatcher(directory, operator)) {
            report = dispatcher.coverage(PopulationFile.source(population), options);
        }
        if (json) {
            CoverageOutput.json(out, report);
        } else {
            CoverageOutput.text(out, report);
        }
        out.flush();
        return 0;
    }

    private OrganisationNumber sender() {
        if (sender == null && config.file().isPresent()) {
            throw new ParameterException(spec.commandLine(), "Missing required option with --config: '--sender=ORGNR'"
                    + " (a recipient may block one sender and not another).");
        }
        try {
            return OrganisationNumber.parse(sender == null ? SENDER_FOR_THE_FAKE : sender);
        } catch (InvalidRecipientIdException e) {
            throw new InputException("--sender: " + e.getMessage(), e);
        }
    }

    private AgeGroups ageGroups() {
        try {
            return AgeGroups.parse(ageGroups);
        } catch (IllegalArgumentException e) {
            throw new InputException("--age-groups: " + e.getMessage(), e);
        }
    }

    /** Each --by column as the population's header writes it; a column it lacks is the user's to fix. */
    private List<String> columnsAsWritten() {
        if (columns.isEmpty()) {
            return List.of();
        }
        List<String> header = PopulationFile.columns(population);
        List<String> resolved = new ArrayList<>();
        for (String wanted : columns) {
            String found = header.stream().filter(column -> column.equalsIgnoreCase(wanted.strip())).findFirst()
                    .orElseThrow(() -> new InputException("--by " + wanted + ": the population has no such column; it has "
                            + String.join(", ", header.subList(0, Math.min(header.size(), 10))) + (header.size() > 10 ? " …" : "")));
            if (!resolved.contains(found)) {
                resolved.add(found);
            }
        }
        return resolved;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
