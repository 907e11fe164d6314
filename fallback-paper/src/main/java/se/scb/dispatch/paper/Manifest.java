package se.scb.dispatch.paper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.spi.ProviderException;

/**
 * The batch's {@code manifest.csv}: one row per letter in print order, telling the print house
 * where each letter starts in the PDF and how many pages it has. UTF-8 without a byte order mark,
 * {@code ;} between fields, a header row. It holds the address, never an identity number. Values
 * from the source are made safe to open in a spreadsheet ({@link SpreadsheetCell}) and hold no
 * control characters ({@link PlainText}, applied when the batch comes in).
 */
final class Manifest {

    static final String FILE_NAME = "manifest.csv";

    static final List<String> HEADER = List.of(
            "sequence", "message_id", "case_id", "name", "care_of", "street", "postal_code", "city", "country",
            "page_count", "first_page");

    private static final int MESSAGE_ID = HEADER.indexOf("message_id");

    private Manifest() {
    }

    /** Writes the manifest; flushes {@code out} and leaves it open. */
    static void write(List<ManifestRow> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(Csv.line(HEADER));
        for (ManifestRow row : rows) {
            writer.write(Csv.line(fields(row)));
        }
        writer.flush();
    }

    /**
     * The message ids a manifest written by {@link #write} lists, in print order.
     *
     * @throws ProviderException when the file is not such a manifest
     */
    static List<String> messageIds(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!Csv.readRecord(in).equals(Optional.of(HEADER))) {
                throw notAManifest(file, "its first line is not the header " + String.join(";", HEADER));
            }
            List<String> messageIds = new ArrayList<>();
            for (Optional<List<String>> row = Csv.readRecord(in); row.isPresent(); row = Csv.readRecord(in)) {
                if (row.get().size() != HEADER.size()) {
                    throw notAManifest(file, "row " + (messageIds.size() + 1) + " has " + row.get().size() + " fields, not " + HEADER.size());
                }
                messageIds.add(row.get().get(MESSAGE_ID));
            }
            return messageIds;
        }
    }

    private static ProviderException notAManifest(Path file, String why) {
        return new ProviderException(file.toAbsolutePath() + " is not a manifest this channel wrote: " + why
                + ". Restore the batch's own manifest or hand the batch over under another id.");
    }

    private static List<String> fields(ManifestRow row) {
        return List.of(
                Integer.toString(row.sequence()),
                row.messageId(),
                SpreadsheetCell.text(row.caseId().orElse("")),
                SpreadsheetCell.text(row.address().name()),
                SpreadsheetCell.text(row.address().careOf()),
                SpreadsheetCell.text(row.address().street()),
                SpreadsheetCell.text(PrintedAddress.postalCode(row.address())),
                SpreadsheetCell.text(row.address().city()),
                SpreadsheetCell.text(row.address().country()),
                Integer.toString(row.pageCount()),
                Integer.toString(row.firstPage()));
    }
}
