package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/** The {@code --reachability} option: what the fake recipient directory answers. */
final class ReachabilityFile {

    @Option(names = "--reachability", required = true, paramLabel = "FILE", converter = ReadableFile.class,
            description = "The fake directory's answers: CSV 'recipient_id;status;operator' with that header;"
                    + " status REACHABLE (with an operator, e.g. kivra), NO_MAILBOX, SENDER_BLOCKED or PENDING."
                    + " Recipients not listed have no mailbox.")
    private Path file;

    /** @throws InputException naming the bad lines of the file */
    FakeRecipientDirectory directory() {
        try {
            return FakeRecipientDirectory.fromCsv(file);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InputException("--reachability: " + e.getMessage(), e);
        }
    }
}
