package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.journal.DispatchLog;

/**
 * The print batches a dispatch's paper letters were handed over in, whichever process handed them over,
 * as the journal counts them.
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
        List<Batch> batches = log.status(dispatchId).paperBatches().entrySet().stream()
                .map(batch -> new Batch(batch.getKey(), batch.getValue()))
                .sorted(Comparator.comparing(Batch::id))
                .toList();
        return new PrintedBatches(batches, directory.map(Path::toAbsolutePath));
    }

    Optional<Path> path(Batch batch) {
        return directory.map(folder -> folder.resolve(batch.id()));
    }
}
