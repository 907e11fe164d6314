package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.journal.jdbc.JournalStorageException;

/** The {@code --db} option: where the journal is, an H2 file by default or any JDBC URL. */
final class JournalOption {

    /** The data directory of the defaults, relative to where the program runs. */
    static final Path DATA_DIRECTORY = Path.of("dispatch-data");
    static final Path DEFAULT_JOURNAL = DATA_DIRECTORY.resolve("journal");

    @Option(names = "--db", paramLabel = "PATH_OR_JDBC_URL",
            description = "The journal: an H2 file (a path; created when missing, H2 adds .mv.db) or a JDBC URL such as"
                    + " jdbc:postgresql://host/db?user=u, which several processes can share (default: ./dispatch-data/journal).")
    private String location;

    /** The path or URL as given, or the default path. */
    String location() {
        return location != null ? location : DEFAULT_JOURNAL.toString();
    }

    /** The location for messages: a URL without its parameters, which may hold a password. */
    String shown() {
        String location = location();
        if (!isJdbcUrl()) {
            return location;
        }
        int parameters = location.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = location.indexOf(separator);
            if (at >= 0) {
                parameters = Math.min(parameters, at);
            }
        }
        return parameters < location.length() ? location.substring(0, parameters) + "?…" : location;
    }

    /** Where the journal is written, for the user to find it: the H2 file with the suffix H2 adds, or the URL as shown. */
    String writtenTo() {
        return file().map(path -> path.toAbsolutePath() + ".mv.db").orElseGet(this::shown);
    }

    boolean isJdbcUrl() {
        return location().startsWith("jdbc:");
    }

    /** The H2 file's path when the journal is one; empty for a JDBC URL. */
    Optional<Path> file() {
        if (isJdbcUrl()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(location()));
        } catch (InvalidPathException e) {
            throw new InputException("--db: '" + location() + "' is neither a usable path nor a jdbc: URL (" + e.getReason() + ").", e);
        }
    }

    /** Whether {@code --db} was left out, so the defaults of the data directory apply. */
    boolean isDefault() {
        return location == null;
    }

    /**
     * Opens the journal for sending, creating an H2 file (and its folder) or the tables when missing. Close it when done.
     *
     * @throws InputException when the journal cannot be opened: the message says why, in one line
     */
    Journal open() {
        file().map(Path::toAbsolutePath).map(Path::getParent).ifPresent(JournalOption::createFolder);
        return opened(false);
    }

    /**
     * Opens a journal that is there already, for reading or for acting on its dispatches: a mistyped
     * path says so instead of creating an empty journal.
     *
     * @throws InputException when there is no journal there, or it cannot be opened
     */
    Journal openExisting() {
        return opened(true);
    }

    private Journal opened(boolean existingOnly) {
        try {
            JdbcJournal.Builder builder = isJdbcUrl() && location().startsWith("jdbc:postgresql:")
                    ? JdbcJournal.builder(PostgresPool.open(location())).ownsDataSource()
                    : JdbcJournal.builder(location());
            return existingOnly ? builder.existingOnly().build() : builder.build();
        } catch (JournalStorageException | IllegalArgumentException e) {
            throw new InputException("--db: the journal cannot be opened: " + messages(e), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputException("--db: the journal's folder " + folder + " cannot be created (" + e + ").", e);
        }
    }

    /** The message and its causes': the driver's says what failed, ours what we were doing. */
    private static String messages(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" ").append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
