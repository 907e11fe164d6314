package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/**
 * The {@code --reachability} option: what the fake recipient directory answers. Required unless
 * {@code --config} names a directory instead.
 */
final class ReachabilityFile {

    @Option(names = "--reachability", paramLabel = "FILE", converter = ReadableFile.class,
            description = "The fake directory's answers: CSV 'recipient_id;status;operator' with that header"
                    + " (recipient_id may also be named personnummer or organisationsnummer);"
                    + " status REACHABLE (with an operator, e.g. kivra), NO_MAILBOX, SENDER_BLOCKED or PENDING."
                    + " Recipients not listed have no mailbox. Required unless --config names the directory.")
    private Path file;

    /**
     * The fake directory from the file; none when {@code --config} is given without the option, so
     * that the configuration chooses.
     *
     * @throws ParameterException when neither is given
     * @throws InputException     naming the bad lines of the file
     */
    Optional<FakeRecipientDirectory> directory(CommandSpec spec, ConfigOption config) {
        if (file == null) {
            if (config.file().isPresent()) {
                return Optional.empty();
            }
            throw new ParameterException(spec.commandLine(), "Missing required option: '--reachability=FILE' (or --config naming a directory).");
        }
        try {
            return Optional.of(FakeRecipientDirectory.fromCsv(file));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InputException("--reachability: " + e.getMessage(), e);
        }
    }
}
