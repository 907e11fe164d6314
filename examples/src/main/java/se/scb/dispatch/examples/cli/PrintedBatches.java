package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEvent;

/**
 * The print batches a dispatch's paper letters were handed over in, as its log tells them (the
 * event {@code HANDED_TO_PAPER} carries the batch id), whichever process handed them over.
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

    static PrintedBatches of(Journal journal, String dispatchId, Optional<Path> directory) {
        Map<String, Long> letters = new LinkedHashMap<>();
        for (JournalEvent event : journal.events(dispatchId)) {
            if (event.type() == EventType.HANDED_TO_PAPER) {
                letters.merge(event.code(), 1L, Long::sum);
            }
        }
        return new PrintedBatches(letters.entrySet().stream().map(entry -> new Batch(entry.getKey(), entry.getValue())).toList(),
                directory.map(Path::toAbsolutePath));
    }

    /** The batch's own directory, when the print-batch channel wrote it. */
    Optional<Path> path(Batch batch) {
        return directory.map(folder -> folder.resolve(batch.id()));
    }
}
