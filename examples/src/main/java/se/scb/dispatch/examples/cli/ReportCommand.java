package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.scb.dispatch.cost.PriceList;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.report.DispatchReport;
import se.scb.dispatch.report.ReportLanguage;
import se.scb.dispatch.report.ReportOptions;

/** {@code dispatch report ID}: the dispatch report: outcomes, operators, process data, coverage, cost and the experiment. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Report on a dispatch from the journal: letters by final state and reason, operators, process data with 95 % intervals"
                + " and times to opening and response, the share of the dispatch's own persons with a digital mailbox by sex and age group,"
                + " with --prices what it cost (by channel, operator, arm and per response), and the experiment's arms where there is one."
                + " Text by default; --json for programs; --html FILE for one self-contained page with charts.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DispatchIdArgument dispatch;

    @Mixin
    private JournalOption journal;

    @Mixin
    private ConfigOption config;

    @Option(names = "--prices", paramLabel = "FILE", converter = ReadableFile.class,
            description = "A price list (CSV valid_from;channel;operator;max_grams;price_sek, with the paper letter's weight in its settings):"
                    + " each letter priced on the day it went out.")
    private Path prices;

    @Option(names = "--json", description = "Print one JSON object: dispatchId, subject, createdAt, letters, outcomes, operators, process,"
            + " coverage, cost {currency, total, byChannel, byOperator, byArm, perResponse, responses, unpricedLetters} with --prices,"
            + " experiment {seed, strata, arms, comparisons} when the dispatch is an experiment.")
    private boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as one self-contained HTML file with charts.")
    private Path html;

    @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "sv", converter = LanguageConverter.class,
            description = "The HTML's language: sv (default) or en.")
    private ReportLanguage language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConfiguredOperator operator = ConfiguredOperator.of(config.load());
        ReportOptions options = priceList().map(list -> ReportOptions.defaults().prices(list, list.paperWeight())).orElse(ReportOptions.defaults());
        DispatchReport report;
        try (Journal opened = journal.openExisting()) {
            DispatchRecord record = Dispatches.existing(opened, dispatch.id(), journal);
            report = DispatchReport.of(opened, record.id(), operator.capabilities().processEvents(), options);
        }
        if (html != null) {
            writeHtml(html, report.toHtml(language), "--html " + html);
        }
        if (json) {
            out.println(report.toJson());
        } else {
            ReportText.print(out, report);
            if (html != null) {
                out.println();
                out.println("HTML report: " + html.toAbsolutePath());
            }
        }
        out.flush();
        return 0;
    }

    private Optional<PriceList> priceList() {
        return Optional.ofNullable(prices).map(PriceOptions::read);
    }

    /** Writes the page to {@code file}, making its folder; a file that cannot be written is the user's to fix ({@code what} says which). */
    static void writeHtml(Path file, String page, String what) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(what + ": cannot write the file (" + e.getMessage() + ")", e);
        }
    }

    /** {@code sv} or {@code en}, with a usage error naming both otherwise. */
    static final class LanguageConverter implements ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            try {
                return ReportLanguage.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
