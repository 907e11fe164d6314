package se.scb.dispatch.paper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The batch's {@code manifest.csv}: one row per letter in print order, telling the print house
 * where each letter starts in the PDF and how many pages it has. UTF-8 without a byte order mark,
 * {@code ;} between fields, a header row. It holds the address, never an identity number.
 */
final class Manifest {

    static final String FILE_NAME = "manifest.csv";

    static final List<String> HEADER = List.of(
            "sequence", "message_id", "case_id", "name", "care_of", "street", "postal_code", "city", "country",
            "page_count", "first_page");

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

    private static List<String> fields(ManifestRow row) {
        return List.of(
                Integer.toString(row.sequence()),
                row.messageId(),
                row.caseId().orElse(""),
                row.address().name(),
                row.address().careOf(),
                row.address().street(),
                PrintedAddress.postalCode(row.address()),
                row.address().city(),
                row.address().country(),
                Integer.toString(row.pageCount()),
                Integer.toString(row.firstPage()));
    }
}
