package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;

/** The {@code --population} and {@code --template} options that every file-based command takes. */
final class SourceAndTemplate {

    @Option(names = "--population", required = true, paramLabel = "FILE", converter = ReadableFile.class,
            description = "The population: CSV with a header (';', ',' or TAB), or JSON Lines when the name ends in .jsonl or .ndjson.")
    private Path population;

    @Option(names = "--template", required = true, paramLabel = "FILE", converter = ReadableFile.class,
            description = "The message template (JSON).")
    private Path template;

    /** The population file as a source; read lazily, so a file it cannot read shows when a pass opens it. */
    PopulationSource population() {
        return PopulationFile.source(population);
    }

    /** The variables the template uses that no column of the population provides, so that every row lacks them. */
    List<String> variablesMissingFromSource(MessageTemplate template) {
        List<String> columns = PopulationFile.columns(population);
        return template.variables().stream().filter(variable -> !columns.contains(variable)).toList();
    }

    /** @throws se.scb.dispatch.template.TemplateException when the template cannot be used */
    MessageTemplate template() {
        return MessageTemplate.load(template);
    }

    /**
     * A name for the dispatch, from the population file's name; an identity number in the name
     * (urval-19121212-1212.csv) is masked, since the name is shown everywhere and outlives a purge.
     */
    String dispatchName() {
        return "dispatch " + IdentityNumbers.mask(population.getFileName().toString());
    }
}
