package se.scb.dispatch.paper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV lines as RFC 4180 has them, with {@code ;} between fields (what Swedish spreadsheets
 * expect) and CRLF at the end of a line.
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
}
