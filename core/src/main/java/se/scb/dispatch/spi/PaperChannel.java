package se.scb.dispatch.spi;

import java.util.List;

/** Takes letters bound for paper, e.g. as a print batch for a print house. */
public interface PaperChannel {

    /**
     * Takes a batch of letters.
     *
     * @throws ProviderException when the batch could not be taken; none of its letters counts as sent
     */
    PaperReceipt submit(List<PaperLetter> letters);
}
