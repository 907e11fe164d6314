package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationSource;

/** A population file as the commands read it: CSV, or JSON Lines by its name. */
final class PopulationFile {

    private PopulationFile() {
    }

    /** The file as a source; read lazily, so a file it cannot read shows when a pass opens it. */
    static PopulationSource source(Path file) {
        return isJsonLines(file) ? PopulationSource.jsonLines(file) : PopulationSource.csv(file);
    }

    /**
     * The file's columns as written. A CSV says its columns in the header; JSON Lines has none, so every
     * row is read (and nothing kept but the names).
     */
    static List<String> columns(Path file) {
        try (PopulationReader reader = source(file).open()) {
            if (isJsonLines(file)) {
                reader.forEachRemaining(row -> {
                });
            }
            return reader.columns();
        }
    }

    private static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }
}
