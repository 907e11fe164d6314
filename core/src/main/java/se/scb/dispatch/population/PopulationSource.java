package se.scb.dispatch.population;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the rows of a dispatch come from. A source is opened once per pass (preview, validation
 * and sending each read it again) and streams its rows: it never holds them all in memory.
 *
 * <p>Whatever the source, columns play their parts by name, compared trimmed and ignoring case:
 * the recipient is the first present of {@code recipient_id}, {@code personnummer},
 * {@code organisationsnummer}; the address comes from {@code name}/{@code namn}, {@code co},
 * {@code street}/{@code utdelningsadress}, {@code postal_code}/{@code postnummer},
 * {@code city}/{@code postort} and {@code country}/{@code land}; the case id from {@code case_id}.
 * Every column, whatever its part, is also a variable under its name as written (trimmed); values
 * are trimmed.
 */
public interface PopulationSource {

    /**
     * Opens a new pass over the rows.
     *
     * @throws PopulationException when the source cannot be opened or read at all (a missing file,
     *                             no header); a single bad row is not an exception but a malformed row
     */
    PopulationReader open();

    /** A short description for messages, e.g. the file name. Never personal data. */
    String description();

    /**
     * The names a recipient column may have, in order of preference; matched trimmed and ignoring case.
     * Public so that files beside the population (such as the testkit's reachability file) name their
     * recipient column by the same rule.
     */
    static List<String> recipientColumnNames() {
        return ColumnRoles.Role.RECIPIENT.names();
    }

    /**
     * A text file beside the population (such as the testkit's reachability file), opened by the rules
     * the population's files are read by: UTF-8 with or without a byte order mark, UTF-16, or
     * Windows-1252, as its bytes say (see {@link #csv(Path)}). Close the reader when done.
     *
     * @throws PopulationException when the file cannot be read
     */
    static Reader openText(Path file) {
        return TextInput.open(ByteSource.file(file));
    }

    /**
     * Which of {@code columns} (a header) a paper letter's address is printed from (name, care of,
     * street, postal code, city, country), by the rules the readers apply; in the order of the address lines.
     */
    static List<String> addressColumns(List<String> columns) {
        return ColumnRoles.of(columns).addressColumns();
    }

    /**
     * A CSV file with a header line. The delimiter ({@code ;}, {@code ,} or TAB) is taken from the
     * header line; the file may be UTF-8, with or without a byte order mark, or Windows-1252.
     * {@link #open()} fails when the file is missing or empty, or its header has no recipient
     * column, an unnamed column or a name twice. A row with the wrong number of fields is a
     * malformed row, and reading goes on.
     */
    static PopulationSource csv(Path file) {
        return new CsvSource(ByteSource.file(file));
    }

    /**
     * CSV from a stream, read as {@link #csv(Path)} reads a file. The supplier is called for a new
     * stream, from the first byte, each time the bytes are needed: twice per {@link #open()}, once to
     * detect the encoding and once to read.
     *
     * @param description names the data in messages; never personal data
     */
    static PopulationSource csv(String description, Supplier<? extends InputStream> streams) {
        return new CsvSource(ByteSource.supplied(description, streams));
    }

    /**
     * A JSON Lines file: one JSON object per line, its keys the columns. Text, numbers and booleans
     * are values as written; {@code null} is empty. A line that is not such an object is a malformed
     * row, and reading goes on. Blank lines are skipped.
     */
    static PopulationSource jsonLines(Path file) {
        return new JsonLinesSource(ByteSource.file(file));
    }

    /** JSON Lines from a stream; the supplier is used as in {@link #csv(String, Supplier)}. */
    static PopulationSource jsonLines(String description, Supplier<? extends InputStream> streams) {
        return new JsonLinesSource(ByteSource.supplied(description, streams));
    }

    /**
     * Rows given in code: each map is one row, its keys the columns; a {@code null} value is empty.
     * Every {@link #open()} iterates {@code rows} again, so it must be iterable more than once.
     * Described as "rows from code".
     */
    static PopulationSource of(Iterable<? extends Map<String, String>> rows) {
        return new IterableSource(rows);
    }
}
