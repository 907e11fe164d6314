package se.scb.dispatch.spi;

import java.util.List;
import java.util.Objects;

/**
 * Letters handed to a paper channel together.
 *
 * @param id the batch's id, chosen by the core and written to the journal before the batch is
 *           handed over: after a crash the same batch is handed over again under the same id
 */
public record PaperBatch(String id, List<PaperLetter> letters) {

    public PaperBatch {
        Objects.requireNonNull(id, "id");
        letters = List.copyOf(letters);
        if (id.isBlank()) {
            throw new IllegalArgumentException("A paper batch needs an id.");
        }
    }
}
