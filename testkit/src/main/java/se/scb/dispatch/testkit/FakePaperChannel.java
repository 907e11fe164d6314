package se.scb.dispatch.testkit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;

/**
 * A paper channel in memory: it keeps each batch by its id and writes no files. Like a real
 * channel it is idempotent on the batch id: a batch handed over again is answered with the first
 * receipt and counted in {@link #repeats()}, not printed twice. A batch must hold at least one
 * letter, each message id once. Thread-safe.
 */
public final class FakePaperChannel implements PaperChannel {

    // Guarded by this.
    private final Map<String, PaperBatch> batches = new LinkedHashMap<>();
    private int batchesToFail;
    private String failingForGood;
    private int repeats;

    @Override
    public PaperReceipt submit(PaperBatch batch) {
        requireWellFormed(batch.letters());
        synchronized (this) {
            if (failingForGood != null) {
                throw new ProviderException(failingForGood);
            }
            if (batchesToFail > 0) {
                batchesToFail--;
                throw new ProviderException("The fake paper channel refused this batch on purpose (failNext).");
            }
            PaperBatch earlier = batches.putIfAbsent(batch.id(), batch);
            if (earlier != null) {
                repeats++;
            }
            return receipt(earlier != null ? earlier : batch);
        }
    }

    private static PaperReceipt receipt(PaperBatch batch) {
        return new PaperReceipt(batch.id(), batch.letters().stream().map(PaperLetter::messageId).collect(Collectors.toList()), Map.of());
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

    /**
     * Every batch from now on is refused with a {@link ProviderException} carrying {@code message}, as a
     * channel with a permanent fault (a full disk, an attachment it cannot read) refuses them.
     */
    public synchronized FakePaperChannel failAlways(String message) {
        failingForGood = Objects.requireNonNull(message, "message");
        return this;
    }

    /** The batches taken, in the order first taken. */
    public synchronized List<PaperBatch> batches() {
        return List.copyOf(batches.values());
    }

    /** Every letter taken, in the order of the batches and within them; a repeated batch counts once. */
    public synchronized List<PaperLetter> letters() {
        return batches.values().stream().flatMap(batch -> batch.letters().stream()).collect(Collectors.toList());
    }

    /** How many times a batch was handed over again under an id already taken. */
    public synchronized int repeats() {
        return repeats;
    }
}
