package se.scb.dispatch.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one paper letter weighs: its sheets times the grams of a sheet, plus the envelope. The post prices
 * a letter by its weight step, so this decides which step's price applies.
 *
 * @param sheets         sheets of paper in a letter (the letter and its printed attachments), at least 1
 * @param gramsPerSheet  e.g. 5 for A4 at 80 g/m²
 * @param envelopeGrams  the envelope's weight
 */
public record PaperWeight(int sheets, BigDecimal gramsPerSheet, BigDecimal envelopeGrams) {

    public PaperWeight {
        Objects.requireNonNull(gramsPerSheet, "gramsPerSheet");
        Objects.requireNonNull(envelopeGrams, "envelopeGrams");
        if (sheets < 1 || gramsPerSheet.signum() < 0 || envelopeGrams.signum() < 0) {
            throw new IllegalArgumentException("A letter has at least one sheet and no negative weight: " + sheets + " sheets of "
                    + gramsPerSheet + " g, envelope " + envelopeGrams + " g");
        }
    }

    /** The letter's weight in grams. */
    public BigDecimal grams() {
        return gramsPerSheet.multiply(BigDecimal.valueOf(sheets)).add(envelopeGrams);
    }

    public PaperWeight withSheets(int count) {
        return new PaperWeight(count, gramsPerSheet, envelopeGrams);
    }

    public PaperWeight withGramsPerSheet(BigDecimal grams) {
        return new PaperWeight(sheets, grams, envelopeGrams);
    }

    public PaperWeight withEnvelopeGrams(BigDecimal grams) {
        return new PaperWeight(sheets, gramsPerSheet, grams);
    }
}
