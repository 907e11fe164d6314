package se.scb.dispatch.examples.cli;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.testkit.Fingerprints;
import se.scb.dispatch.testkit.ReceivedLettersFile;

/**
 * What the fake operator received of one dispatch, from its received-letters file: a file kept
 * beside a journal holds the letters of every dispatch in it, and a recipient of two dispatches
 * rightly has two letters, so only this dispatch's lines are counted. The dispatch's message ids are
 * kept as sorted fingerprints, 8 bytes a letter, so a dispatch of a million letters is checked in a
 * small heap.
 */
final class ReceivedCheck {

    private ReceivedCheck() {
    }

    /** Letters, repeats and duplicates among the dispatch's digital letters; all zero when the file does not exist. */
    static ReceivedLettersFile.Summary of(ReceivedLettersFile file, DispatchLog log, String dispatchId) {
        if (!Files.exists(file.file())) {
            return new ReceivedLettersFile.Summary(0, 0, 0);
        }
        return file.summary(digitalLettersOf(log, dispatchId));
    }

    /** Whether a message id is one of the dispatch's digital letters. */
    static Predicate<String> digitalLettersOf(DispatchLog log, String dispatchId) {
        long[] digital;
        try (Stream<JournalEntry> letters = log.allLetters(dispatchId, LetterQuery.all())) {
            digital = letters.filter(JournalEntry::isDigital).mapToLong(letter -> Fingerprints.of(letter.messageId())).sorted().toArray();
        }
        return messageId -> Arrays.binarySearch(digital, Fingerprints.of(messageId)) >= 0;
    }
}
