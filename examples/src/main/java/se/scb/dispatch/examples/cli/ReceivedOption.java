package se.scb.dispatch.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.scb.dispatch.testkit.ReceivedLettersFile;

/**
 * The {@code --received} option: the file in which the fake mailbox operator keeps what it
 * received, so that what it got outlives a crash and can be checked for letters sent twice.
 */
final class ReceivedOption {

    private static final Path DEFAULT = JournalOption.DATA_DIRECTORY.resolve("received.log");

    @Option(names = "--received", paramLabel = "FILE",
            description = "Where the fake mailbox operator records the letters it received (default: beside an H2 journal,"
                    + " <path>.received.log; ./dispatch-data/received.log for the default journal or a jdbc: URL).")
    private Path file;

    /** The file for this journal: as given, or beside it. */
    ReceivedLettersFile file(JournalOption journal) {
        if (file != null && Files.isDirectory(file)) {
            throw new InputException("--received: " + file.toAbsolutePath() + " is a folder; name a file in it, e.g. "
                    + file.resolve("received.log") + ".");
        }
        return new ReceivedLettersFile(file != null ? file
                : journal.isDefault() || journal.isJdbcUrl() ? DEFAULT
                : Path.of(journal.file().orElseThrow() + ".received.log"));
    }
}
