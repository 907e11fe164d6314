package se.scb.dispatch.examples.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.testkit.ReceivedLettersFile;

/**
 * What the fake operator received of one dispatch, from its received-letters file: a file kept
 * beside a journal holds the letters of every dispatch in it, and a recipient of two dispatches
 * rightly has two letters, so only this dispatch's lines are counted.
 */
final class ReceivedCheck {

    private ReceivedCheck() {
    }

    /** Letters, repeats and duplicates among the dispatch's digital letters; all zero when the file does not exist. */
    static ReceivedLettersFile.Summary of(ReceivedLettersFile file, Journal journal, String dispatchId) {
        if (!Files.exists(file.file())) {
            return new ReceivedLettersFile.Summary(0, 0, 0);
        }
        Set<String> digital = journal.entries(dispatchId).stream()
                .filter(JournalEntry::isDigital)
                .map(JournalEntry::messageId)
                .collect(Collectors.toSet());
        Path only = null;
        try {
            only = Files.createTempFile("dispatch-received-", ".log");
            copyLinesOf(file.file(), digital, only);
            return new ReceivedLettersFile(only).summary();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not count the received letters in " + file.file(), e);
        } finally {
            deleteQuietly(only);
        }
    }

    /** Copies the lines whose message id (the text before the first ';') is one of {@code messageIds}. */
    private static void copyLinesOf(Path from, Set<String> messageIds, Path to) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.US_ASCII);
                BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.US_ASCII)) {
            String line;
            while ((line = in.readLine()) != null) {
                int end = line.indexOf(';');
                if (end > 0 && messageIds.contains(line.substring(0, end))) {
                    out.write(line);
                    out.newLine();
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind holds no personal data: message ids and digests only.
        }
    }
}
