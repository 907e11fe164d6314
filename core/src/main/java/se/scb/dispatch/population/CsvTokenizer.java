package se.scb.dispatch.population;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text into records the RFC 4180 way, one character at a time: fields separated by the
 * delimiter, records by line breaks, a field that starts with {@code "} runs to the matching quote
 * and may hold delimiters, line breaks and doubled quotes ({@code ""} for one {@code "}).
 *
 * <p>Where real exports bend the RFC it is lenient rather than strict, so a row still reaches the
 * checks: spaces before an opening quote are dropped, text after a closing quote is kept, and a
 * quote inside an unquoted field is an ordinary character. Line breaks inside a quoted field come
 * out as {@code \n} whatever the file used.
 *
 * <p>A field is kept up to {@value #MAX_FIELD_LENGTH} characters: a quote that is never closed
 * would otherwise pull the rest of a large file into one field in memory.
 */
final class CsvTokenizer {

    /**
     * One record as split.
     *
     * @param fields    the fields, untrimmed
     * @param firstLine the line of the file the record starts on
     * @param problem   why the record could not be split properly, if it could not
     */
    record Record(List<String> fields, long firstLine, Optional<String> problem) {

        /** Nothing but empty fields: a blank line, or one of only delimiters as spreadsheets leave them. */
        boolean isBlank() {
            if (problem.isPresent()) {
                return false;
            }
            for (String field : fields) {
                if (!field.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    static final int MAX_FIELD_LENGTH = 1 << 20;

    private final CharInput input;
    private final char delimiter;
    private final StringBuilder field = new StringBuilder();
    /** The number of fields of the last record, which the next one most likely has too. */
    private int expectedFields = 10;

    CsvTokenizer(CharInput input, char delimiter) {
        this.input = input;
        this.delimiter = delimiter;
    }

    /** The next record that is not blank, or {@code null} at the end of the input. */
    Record next() throws IOException {
        Record record;
        do {
            record = readRecord();
        } while (record != null && record.isBlank());
        return record;
    }

    private Record readRecord() throws IOException {
        int c = input.read();
        if (c == CharInput.END) {
            return null;
        }
        long firstLine = input.line();
        List<String> fields = new ArrayList<>(expectedFields);
        field.setLength(0);
        boolean quoted = false;
        long quoteLine = 0;
        long oversizedLine = 0;
        while (true) {
            if (quoted) {
                if (c == CharInput.END) {
                    fields.add(field.toString());
                    return new Record(fields, firstLine, Optional.of("the quote that opens a field on line "
                            + quoteLine + " is never closed; the file ends inside it"));
                }
                if (c == '"') {
                    c = input.read();
                    if (c != '"') {
                        // The closing quote; what follows it is read as unquoted text.
                        quoted = false;
                        continue;
                    }
                }
                oversizedLine = append(c, oversizedLine);
            } else if (c == CharInput.END || c == '\n') {
                fields.add(field.toString());
                expectedFields = fields.size();
                return new Record(fields, firstLine, oversizedLine == 0 ? Optional.empty()
                        : Optional.of("a field on line " + oversizedLine + " is longer than " + MAX_FIELD_LENGTH
                                + " characters; is a quote never closed?"));
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && isBlank(field)) {
                field.setLength(0);
                quoted = true;
                quoteLine = input.line();
            } else {
                oversizedLine = append(c, oversizedLine);
            }
            c = input.read();
        }
    }

    /** Appends to the field unless it is full; returns the line where a field first overflowed, or 0. */
    private long append(int c, long oversizedLine) {
        if (field.length() < MAX_FIELD_LENGTH) {
            field.append((char) c);
            return oversizedLine;
        }
        return oversizedLine == 0 ? input.line() : oversizedLine;
    }

    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
