package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.scb.dispatch.paper.PrintBatchChannel;
import se.scb.dispatch.paper.PrintBatchChannelProvider;
import se.scb.dispatch.spi.ProviderConfig;

/** The {@code --out} option: the directory the print-batch paper channel writes its batches to. */
final class PaperOutOption {

    private static final Path DEFAULT = Path.of("dispatch-out");

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where paper letters are written as print batches, a directory per batch with letters.pdf and"
                    + " manifest.csv; created when missing (default: ./dispatch-out; with --config, the file's"
                    + " paper.output-directory when it sets one).")
    private Path directory;

    /** The print-batch channel on the {@code --out} directory, which is created when missing. */
    PrintBatchChannel channel() {
        return PrintBatchChannel.builder().outputDirectory(created(directory())).build();
    }

    /**
     * The configuration with {@code paper.output-directory} set to {@code --out} when it names the
     * print-batch channel without a directory; the directory is created.
     */
    ProviderConfig completed(ProviderConfig config) {
        if (!namesPrintBatch(config) || config.get(PrintBatchChannelProvider.OUTPUT_DIRECTORY).isPresent()) {
            config.get(PrintBatchChannelProvider.OUTPUT_DIRECTORY).map(Path::of).ifPresent(PaperOutOption::created);
            return config;
        }
        Map<String, String> values = new LinkedHashMap<>(config.asMap());
        values.put(PrintBatchChannelProvider.OUTPUT_DIRECTORY, created(directory()).toString());
        return ProviderConfig.of(values);
    }

    /** Where print batches are written: {@code --out}, or the configured directory; empty when paper goes to another channel. */
    Optional<Path> batchDirectory(Optional<ProviderConfig> config) {
        if (config.isEmpty()) {
            return Optional.of(directory());
        }
        return namesPrintBatch(config.get()) ? config.get().get(PrintBatchChannelProvider.OUTPUT_DIRECTORY).map(Path::of) : Optional.empty();
    }

    private Path directory() {
        return directory != null ? directory : DEFAULT;
    }

    private static boolean namesPrintBatch(ProviderConfig config) {
        return ConfigOption.named(config, ProviderConfig.PAPER_CHANNEL_KEY).filter(PrintBatchChannelProvider.NAME::equals).isPresent();
    }

    private static Path created(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException("--out: " + folder.toAbsolutePath() + " is a file; name a folder for the print batches"
                    + " (it is created when missing).");
        }
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputException("--out: the print batch directory " + folder.toAbsolutePath() + " cannot be created: "
                    + FileProblem.of(e) + ".", e);
        }
    }
}
