package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;

/**
 * The print batches a dispatch's paper letters were handed over in, as its letters tell them (a letter
 * handed to paper keeps its batch id), whichever process handed them over; read a page at a time.
 *
 * @param directory where the batches are, when the print-batch channel wrote them
 */
record PrintedBatches(List<Batch> batches, Optional<Path> directory) {

    PrintedBatches {
        batches = List.copyOf(batches);
    }

    /** One print batch and how many of the dispatch's letters it holds. */
    record Batch(String id, long letters) {
    }

    static PrintedBatches of(DispatchLog log, String dispatchId, Optional<Path> directory) {
        Map<String, Long> letters = new LinkedHashMap<>();
        try (Stream<JournalEntry> handed = log.allLetters(dispatchId, LetterQuery.all().inStates(DeliveryState.HANDED_TO_PAPER))) {
            handed.forEach(letter -> letter.paperBatch().ifPresent(batch -> letters.merge(batch, 1L, Long::sum)));
        }
        return new PrintedBatches(letters.entrySet().stream().map(entry -> new Batch(entry.getKey(), entry.getValue())).toList(),
                directory.map(Path::toAbsolutePath));
    }

    Optional<Path> path(Batch batch) {
        return directory.map(folder -> folder.resolve(batch.id()));
    }
}
