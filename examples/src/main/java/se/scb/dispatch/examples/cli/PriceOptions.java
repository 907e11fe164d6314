package se.scb.dispatch.examples.cli;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.scb.dispatch.cost.PaperWeight;
import se.scb.dispatch.cost.PriceList;
import se.scb.dispatch.cost.PriceListException;
import se.scb.dispatch.id.RecipientId;

/** The {@code --prices} option and the paper letter's weight, for commands that put a price on letters. */
final class PriceOptions {

    @Option(names = "--prices", paramLabel = "FILE", converter = ReadableFile.class,
            description = "A price list (CSV valid_from;channel;operator;max_grams;price_sek): estimate what the letters cost."
                    + " examples/prices/example-prices.csv shows the format, with made-up figures.")
    private Path file;

    @Option(names = "--price-date", paramLabel = "DATE", description = "The day the letters go out, for the prices in force (default today).")
    private LocalDate day;

    @Option(names = "--sheets", paramLabel = "N", description = "Sheets in a paper letter (default: the price list's sheets_per_letter, else 1).")
    private Integer sheets;

    @Option(names = "--grams-per-sheet", paramLabel = "GRAMS", description = "Weight of a sheet (default: the price list's grams_per_sheet).")
    private BigDecimal gramsPerSheet;

    @Option(names = "--envelope-grams", paramLabel = "GRAMS", description = "Weight of the envelope (default: the price list's envelope_grams).")
    private BigDecimal envelopeGrams;

    /**
     * The price list, when {@code --prices} is given.
     *
     * @throws InputException naming the line and column of a bad price list
     */
    Optional<PriceList> load() {
        return file == null ? Optional.empty() : Optional.of(read(file));
    }

    /**
     * The price list in {@code file}, as any command's {@code --prices} reads it.
     *
     * @throws InputException naming the line and column of a bad price list
     */
    static PriceList read(Path file) {
        try {
            return PriceList.read(file);
        } catch (PriceListException | UncheckedIOException e) {
            throw new InputException("--prices: " + e.getMessage(), e);
        }
    }

    LocalDate day() {
        return day != null ? day : LocalDate.now(RecipientId.SWEDEN);
    }

    /** The paper letter's weight: the flags over the file's settings; empty when neither sets grams per sheet and envelope. */
    Optional<PaperWeight> paperWeight(PriceList prices) {
        Optional<PaperWeight> fromFile = prices.paperWeight();
        BigDecimal sheet = gramsPerSheet != null ? gramsPerSheet : fromFile.map(PaperWeight::gramsPerSheet).orElse(null);
        BigDecimal envelope = envelopeGrams != null ? envelopeGrams : fromFile.map(PaperWeight::envelopeGrams).orElse(null);
        if (sheet == null || envelope == null) {
            return Optional.empty();
        }
        int count = sheets != null ? sheets : fromFile.map(PaperWeight::sheets).orElse(1);
        try {
            return Optional.of(new PaperWeight(count, sheet, envelope));
        } catch (IllegalArgumentException e) {
            throw new InputException("--sheets, --grams-per-sheet, --envelope-grams: " + e.getMessage(), e);
        }
    }
}
