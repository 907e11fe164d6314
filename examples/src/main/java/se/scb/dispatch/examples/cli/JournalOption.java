package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
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
    private static final int MAX_MESSAGE = 400;

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
        file().map(Path::toAbsolutePath).ifPresent(JournalOption::checkWritable);
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
            String why = messages(e);
            if (why.toLowerCase(Locale.ROOT).contains("corrupt")) {
                // H2 asks first whether another process uses the file; a damaged file is the answer to give.
                throw new InputException("--db: the journal " + writtenTo() + " is corrupt and cannot be read; restore it from a"
                        + " backup, or name a new journal with --db (H2 says: " + capped(why.substring(why.toLowerCase(Locale.ROOT)
                        .indexOf("corrupt"))) + ")", e);
            }
            throw new InputException("--db: the journal cannot be opened: " + capped(why), e);
        }
    }

    /**
     * H2 writes the journal, its lock file and its trace file beside each other: a folder or file it
     * cannot write makes H2 say "Is another process using it?" in many lines, so say what is wrong first.
     * The folder is tried by making a file in it, since permissions do not stop root and a read-only
     * file system or a special folder (/proc) stops everyone.
     */
    private static void checkWritable(Path journal) {
        Path folder = journal.getParent();
        try {
            Files.delete(Files.createTempFile(folder, ".dispatch-write-check", ".tmp"));
        } catch (IOException e) {
            throw new InputException("--db: the folder " + folder + " cannot be written to (" + FileProblem.of(e)
                    + "); H2 keeps the journal, its lock and its trace file there. Choose a folder you can write to.", e);
        }
        Path file = Path.of(journal + ".mv.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new InputException("--db: the journal file " + file + " cannot be written to; check its permissions or choose another file.");
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InputException("--db: the journal's folder " + folder + " cannot be created: " + FileProblem.of(e) + ".", e);
        }
    }

    /** A driver's message may quote whole statements: enough of it to search for. */
    private static String capped(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
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
