package se.scb.dispatch.spi;

/** Takes letters bound for paper, e.g. as a print batch for a print house. */
public interface PaperChannel {

    /**
     * Takes a batch of letters. Must be idempotent on {@link PaperBatch#id()}: a batch handed over
     * again after a crash is answered with the receipt of the first time, and printed once.
     *
     * @throws ProviderException when the batch could not be taken; none of its letters counts as sent
     */
    PaperReceipt submit(PaperBatch batch);
}
