package se.scb.dispatch.paper;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CSV lines as RFC 4180 has them, with {@code ;} between fields (what Swedish spreadsheets
 * expect) and CRLF at the end of a line; written, and read back.
 */
final class Csv {

    static final char DELIMITER = ';';
    static final String LINE_END = "\r\n";

    private Csv() {
    }

    /** The fields as one line, with its line end. */
    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(String.valueOf(DELIMITER))) + LINE_END;
    }

    /** The field as written: in double quotes, with its own quotes doubled, when it holds a delimiter, a quote or a line break. */
    static String field(String value) {
        boolean needsQuotes = value.indexOf(DELIMITER) >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Reads the next record, one line as {@link #line} writes it, from {@code in}; empty at the end
     * of the input. A line may end with CRLF, LF or the end of the input.
     */
    static Optional<List<String>> readRecord(Reader in) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int previous = -1;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '"') {
                // A quote right after a closing one is a doubled quote: keep one and stay inside the quotes.
                if (!quoted && previous == '"') {
                    field.append('"');
                }
                quoted = !quoted;
            } else if (quoted) {
                field.append((char) c);
            } else if (c == DELIMITER) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                return Optional.of(fields);
            } else if (c != '\r') {
                // An unquoted CR can only be part of a line end, since line() quotes every other.
                field.append((char) c);
            }
            previous = c;
        }
        if (previous == -1) {
            return Optional.empty();
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }
}
