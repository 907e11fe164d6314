package se.scb.dispatch.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/**
 * A paper channel that writes each batch as files a print house can take: in
 * {@code <outputDirectory>/<batchId>/}, {@code letters.pdf} (A4, every letter in print order,
 * each followed by its attachments and starting on a front side for duplex printing) and
 * {@code manifest.csv} (one row per letter: where it starts in the PDF, its page count and its
 * address). The batch directory appears complete or not at all, and an existing one is never
 * overwritten.
 *
 * <p>The directory is named by the batch's id, so a batch handed over again (after a crash) is
 * found and answered with the receipt of the first time, its files untouched; an id taken by other
 * letters is refused.
 *
 * <p>Letters are laid out for a C5/C4 window envelope with the window on the left (see
 * {@link LetterLayout}), dated in Swedish time. The PDF is built on temporary files rather than the
 * heap, and attachments shared by many letters are held once, so batches of thousands of letters
 * are fine (what stays on the heap is about 4 KB per page of letter text). Immutable and
 * thread-safe; batches may be submitted concurrently.
 *
 * <p>While a batch is written it lives in a hidden staging directory {@code .<batchId>.partial-*}
 * beside where it will be; a print house collecting from the output directory should skip names
 * that start with a dot.
 */
public final class PrintBatchChannel implements PaperChannel {

    /** The batch PDF's file name. */
    public static final String LETTERS_FILE = "letters.pdf";
    /** The manifest's file name. */
    public static final String MANIFEST_FILE = Manifest.FILE_NAME;

    private static final Logger LOG = LoggerFactory.getLogger(PrintBatchChannel.class);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final int PROBLEMS_SHOWN = 5;

    private final Path outputDirectory;
    private final List<String> returnAddress;
    private final boolean sortByPostalCode;
    private final BatchPermissions permissions;
    private final Clock clock;
    private final BatchDirectory.FileCreator files;

    private PrintBatchChannel(Builder builder) {
        this.outputDirectory = builder.outputDirectory;
        this.returnAddress = List.copyOf(builder.returnAddress);
        this.sortByPostalCode = builder.sortByPostalCode;
        this.permissions = new BatchPermissions(builder.directoryMode);
        this.clock = builder.clock;
        this.files = builder.files;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes the letters as one print batch in the directory named by the batch id, or, when that
     * batch was written before, answers with its receipt and writes nothing.
     *
     * @return the batch id, the message ids in print order and the SHA-256 of each file of the batch
     * @throws IllegalArgumentException when the batch holds no letter
     * @throws ProviderException        when the batch cannot be taken: a batch id that is no plain directory name or
     *                                  is taken by other letters, an address a print house cannot use, a message id
     *                                  given twice, an attachment that is not a readable PDF or a file that could not
     *                                  be written or read. Nothing is left behind then.
     */
    @Override
    public PaperReceipt submit(PaperBatch batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.letters().isEmpty()) {
            throw new IllegalArgumentException("A print batch needs at least one letter.");
        }
        refuseUnusableId(batch.id());
        // Control characters go before anything reads the letters, so the checks, the PDF and the manifest see the same text.
        PaperBatch clean = new PaperBatch(batch.id(), batch.letters().stream().map(PlainText::of).toList());
        refuseRepeatedLetters(clean.letters());
        Path directory = outputDirectory.resolve(batch.id());
        try {
            return Files.exists(directory) ? receiptOfExisting(directory, clean) : print(clean);
        } catch (IOException | UncheckedIOException e) {
            throw failed(batch.id(), e);
        }
    }

    /** A full disk is said in plain words, once (the system's own "No space left on device" is not repeated after it). */
    private ProviderException failed(String batchId, Exception e) {
        if (DiskFull.isCauseOf(e)) {
            return new ProviderException("Print batch " + batchId + " was not written: no space left on " + DiskFull.where(e, outputDirectory)
                    + "; free space there or set paper.output-directory to a disk with room. Nothing of the batch was left behind.", e);
        }
        return new ProviderException("Print batch " + batchId + " could not be written to or read from "
                + outputDirectory.toAbsolutePath() + ": " + e.getMessage(), e);
    }

    /**
     * Core refuses addresses that are not in Latin letters, but a letter's text may still hold a character
     * the font has no glyph for (Arabic, Chinese, an emoji in a variable): it prints as '?', and the
     * print house must hear of it before the letters go out. Message ids only: they are not personal data.
     */
    private static void warnOfMissingCharacters(String batchId, List<String> messageIds) {
        if (!messageIds.isEmpty()) {
            LOG.warn("Print batch {}: {} letter(s) hold characters the letter font (Liberation Sans: Latin, Greek, Cyrillic) cannot"
                    + " print, shown as '?'; check them before printing: {}", batchId, messageIds.size(),
                    String.join(", ", messageIds.subList(0, Math.min(messageIds.size(), 10))) + (messageIds.size() > 10 ? " …" : ""));
        }
    }

    private PaperReceipt print(PaperBatch batch) throws IOException {
        List<PaperLetter> ordered = PrintOrder.of(batch.letters(), sortByPostalCode);
        String date = LocalDate.now(clock.withZone(STOCKHOLM)).format(DateTimeFormatter.ISO_LOCAL_DATE);
        try (BatchDirectory directory = BatchDirectory.stage(outputDirectory, batch.id(), files, permissions);
             PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            document.getDocumentInformation().setTitle("Print batch " + batch.id());
            document.getDocumentInformation().setCreator("Dispatch SDK");
            BatchPrinter printer = new BatchPrinter(document, date, returnAddress);
            List<ManifestRow> rows = printer.print(ordered);
            warnOfMissingCharacters(batch.id(), printer.lettersWithMissingCharacters());
            // No object streams: the classic cross-reference table suits older print-house tools.
            directory.write(LETTERS_FILE, out -> document.save(out, CompressParameters.NO_COMPRESSION));
            directory.write(MANIFEST_FILE, out -> Manifest.write(rows, out));
            if (!directory.publish()) {
                // Another writer published under this id meanwhile; if it was this batch, its receipt is the answer.
                return receiptOfExisting(outputDirectory.resolve(batch.id()), batch);
            }
            LOG.info("Print batch {}: {} letters on {} pages in {}", batch.id(), rows.size(), document.getNumberOfPages(),
                    outputDirectory.resolve(batch.id()));
            return new PaperReceipt(batch.id(), ordered.stream().map(PaperLetter::messageId).toList(), directory.files());
        }
    }

    /** The receipt of a batch written before, read back from its files, provided it holds the same letters. */
    private static PaperReceipt receiptOfExisting(Path directory, PaperBatch batch) throws IOException {
        List<String> fileNames = List.of(LETTERS_FILE, MANIFEST_FILE);
        for (String file : fileNames) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                throw new ProviderException("The batch id " + batch.id() + " is taken: " + directory.toAbsolutePath()
                        + " exists but has no " + file + ", so it is no complete print batch; it is left as it is."
                        + " Move it away if it is no batch, or hand the batch over under another id.");
            }
        }
        List<String> printed = Manifest.messageIds(directory.resolve(MANIFEST_FILE));
        if (!sorted(printed).equals(sorted(batch.letters().stream().map(PaperLetter::messageId).toList()))) {
            throw new ProviderException("The batch id " + batch.id() + " is taken by another batch: the manifest in "
                    + directory.toAbsolutePath() + " lists other letters, and a batch is never overwritten."
                    + " Hand this batch over under another id.");
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : fileNames) {
            files.put(file, Sha256.hex(directory.resolve(file)));
        }
        LOG.info("Print batch {} was written before with the same {} letters; answering with its receipt", batch.id(), printed.size());
        return new PaperReceipt(batch.id(), printed, files);
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private static void refuseUnusableId(String batchId) {
        if (!BATCH_ID.matcher(batchId).matches()) {
            throw new ProviderException("The batch id '" + batchId + "' cannot name a directory: use 1 to 100 letters, digits, '.', '_'"
                    + " and '-', starting with a letter or digit.");
        }
    }

    /**
     * Refuses a batch that names a letter twice: the SPI takes a batch whole or not at all. Addresses are
     * not checked again here: core checked each one when it planned the letter (ADDRESS_INCOMPLETE, ADDRESS_UNPRINTABLE).
     */
    private static void refuseRepeatedLetters(List<PaperLetter> letters) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PaperLetter letter : letters) {
            if (!seen.add(letter.messageId())) {
                problems.add(letter.messageId() + ": the message id is in the batch more than once.");
            }
        }
        if (!problems.isEmpty()) {
            String shown = String.join(" ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
            String more = problems.size() > PROBLEMS_SHOWN ? " (and " + (problems.size() - PROBLEMS_SHOWN) + " more)" : "";
            throw new ProviderException("The print batch was not written; " + problems.size() + " letter(s) cannot be printed: "
                    + shown + more);
        }
    }

    /** Configures a {@link PrintBatchChannel}; only the output directory is required. */
    public static final class Builder {

        private static final Set<PosixFilePermission> OWNER_NEEDS =
                Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        private static final int MAX_RETURN_ADDRESS_LINE = 60;

        private Path outputDirectory;
        private List<String> returnAddress = new ArrayList<>();
        private boolean sortByPostalCode = true;
        private Set<PosixFilePermission> directoryMode = PosixFilePermissions.fromString(BatchPermissions.DEFAULT_MODE);
        private Clock clock = Clock.systemUTC();
        private BatchDirectory.FileCreator files = BatchDirectory.FileCreator.NEW_FILE;

        private Builder() {
        }

        /** The directory each batch gets its own directory in; it must exist. Required. */
        public Builder outputDirectory(Path directory) {
            this.outputDirectory = directory;
            return this;
        }

        /** The sender's return address, printed under the sender's name above the window; up to 5 lines of at most 60 characters. */
        public Builder returnAddress(List<String> lines) {
            this.returnAddress = new ArrayList<>(Objects.requireNonNull(lines, "lines"));
            return this;
        }

        /** Whether to print in postal code order (the default), or in the order the letters are submitted. */
        public Builder sortByPostalCode(boolean sort) {
            this.sortByPostalCode = sort;
            return this;
        }

        /**
         * The permissions of each batch's directory (its files get the same without execute), e.g.
         * {@code PosixFilePermissions.fromString("rwxr-x---")}, the default: owner and group. The owner
         * needs all three to write and clean up. Ignored where the file system has no POSIX permissions.
         */
        public Builder directoryMode(Set<PosixFilePermission> mode) {
            this.directoryMode = Set.copyOf(Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /** The clock for the date printed on the letters (in Swedish time). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How the batch's files are created: for tests that must see a disk fail, without filling one. */
        Builder files(BatchDirectory.FileCreator creator) {
            this.files = Objects.requireNonNull(creator, "creator");
            return this;
        }

        /** @throws ProviderException listing every setting to correct */
        public PrintBatchChannel build() {
            ProviderConfig.Reader problems = ProviderConfig.empty().reader(PrintBatchChannelProvider.WHAT);
            check(problems, UnaryOperator.identity());
            problems.done();
            return new PrintBatchChannel(this);
        }

        /**
         * Adds a problem for each rule the settings break, named by {@code nameOf} the setting
         * ({@code outputDirectory}, {@code returnAddress}, {@code directoryMode}, {@code clock}): the
         * builder's own names in code, the keys when the settings came from configuration.
         */
        void check(ProviderConfig.Reader problems, UnaryOperator<String> nameOf) {
            if (outputDirectory == null) {
                problems.problem(nameOf.apply("outputDirectory"), "must be set: the directory the print house collects batches from");
            } else if (!Files.isDirectory(outputDirectory)) {
                problems.problem(nameOf.apply("outputDirectory"), outputDirectory.toAbsolutePath() + " is not an existing directory; create it first");
            }
            problems.check(returnAddress.size() <= LetterLayout.MAX_RETURN_ADDRESS_LINES, nameOf.apply("returnAddress"),
                    "may have at most " + LetterLayout.MAX_RETURN_ADDRESS_LINES + " lines, to fit above the address window");
            for (int line = 0; line < returnAddress.size(); line++) {
                String text = returnAddress.get(line);
                problems.check(text != null && !text.isBlank(), nameOf.apply("returnAddress"), "line " + (line + 1) + " must not be blank");
                problems.check(text == null || text.length() <= MAX_RETURN_ADDRESS_LINE, nameOf.apply("returnAddress"),
                        "line " + (line + 1) + " must be at most " + MAX_RETURN_ADDRESS_LINE + " characters");
            }
            problems.check(directoryMode.containsAll(OWNER_NEEDS), nameOf.apply("directoryMode"), PosixFilePermissions.toString(directoryMode)
                    + " must give the owner rwx: the channel writes, renames and cleans up the batch directories");
            problems.check(clock != null, nameOf.apply("clock"), "must not be null");
        }
    }
}
