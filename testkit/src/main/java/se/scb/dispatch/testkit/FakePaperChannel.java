package se.scb.dispatch.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;

/**
 * A paper channel in memory: it keeps each batch, numbers them {@code fake-batch-1},
 * {@code fake-batch-2} …, and writes no files. A batch must hold at least one letter, each message
 * id once. Thread-safe.
 */
public final class FakePaperChannel implements PaperChannel {

    // Guarded by this.
    private final List<PaperBatch> batches = new ArrayList<>();
    private int batchesToFail;

    @Override
    public PaperReceipt submit(List<PaperLetter> letters) {
        List<PaperLetter> batch = List.copyOf(letters);
        requireWellFormed(batch);
        synchronized (this) {
            if (batchesToFail > 0) {
                batchesToFail--;
                throw new ProviderException("The fake paper channel refused this batch on purpose (failNext).");
            }
            String batchId = "fake-batch-" + (batches.size() + 1);
            batches.add(new PaperBatch(batchId, batch));
            return new PaperReceipt(batchId, batch.stream().map(PaperLetter::messageId).collect(Collectors.toList()), Map.of());
        }
    }

    private static void requireWellFormed(List<PaperLetter> batch) {
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("A paper batch needs at least one letter.");
        }
        Set<String> messageIds = new HashSet<>();
        for (PaperLetter letter : batch) {
            if (!messageIds.add(letter.messageId())) {
                throw new IllegalArgumentException("A paper batch holds each message id once; " + letter.messageId() + " is there twice.");
            }
        }
    }

    /** The next {@code count} batches are refused with {@link ProviderException}; none of their letters is kept. */
    public synchronized FakePaperChannel failNext(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of batches to fail must be 0 or more, was " + count);
        }
        batchesToFail += count;
        return this;
    }

    /** The batches taken, in order. */
    public synchronized List<PaperBatch> batches() {
        return List.copyOf(batches);
    }

    /** Every letter taken, in the order of the batches and within them. */
    public synchronized List<PaperLetter> letters() {
        return batches.stream().flatMap(batch -> batch.letters().stream()).collect(Collectors.toList());
    }

    /** One batch the fake took. */
    public record PaperBatch(String batchId, List<PaperLetter> letters) {
        public PaperBatch {
            Objects.requireNonNull(batchId, "batchId");
            letters = List.copyOf(letters);
        }
    }
}
