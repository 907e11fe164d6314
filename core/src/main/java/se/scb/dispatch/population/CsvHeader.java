package se.scb.dispatch.population;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import se.scb.dispatch.id.IdentityNumbers;

/**
 * The header line of a CSV file: its column names, its delimiter and the roles of its columns.
 *
 * <p>The delimiter is the one of {@code ;}, {@code ,} and TAB that occurs most often outside quotes
 * in the header line. A tie (including a header of a single column, where all three count zero) goes
 * to {@code ;}, then {@code ,}, then TAB: Swedish spreadsheet exports use {@code ;} because the comma
 * is the decimal sign.
 *
 * @param columns   the column names as written, trimmed
 * @param delimiter the delimiter between fields
 * @param roles     which column plays which part
 */
record CsvHeader(List<String> columns, char delimiter, ColumnRoles roles) {

    private static final char[] DELIMITERS_BY_PREFERENCE = {';', ',', '\t'};
    private static final int MAX_HEADER_LENGTH = CsvTokenizer.MAX_FIELD_LENGTH;

    CsvHeader {
        columns = List.copyOf(columns);
    }

    /**
     * Reads the first line that is not blank and checks it can serve as a header.
     *
     * @throws PopulationException when there is no such line, a quote in it is never closed, or its
     *                             column names cannot identify the columns
     */
    static CsvHeader read(CharInput input, String description) throws IOException {
        String line = firstNonBlankLine(input, description);
        if (line == null) {
            throw new PopulationException(description
                    + " has no header line; the first line must name the columns, e.g. personnummer;namn;...");
        }
        char delimiter = detectDelimiter(line);
        CsvTokenizer.Record record = new CsvTokenizer(new CharInput(new StringReader(line)), delimiter).next();
        if (record.problem().isPresent()) {
            throw new PopulationException("the header of " + description + " cannot be read: "
                    + record.problem().get());
        }
        List<String> columns = record.fields().stream().map(String::strip).collect(Collectors.toList());
        check(columns, description);
        return new CsvHeader(columns, delimiter, ColumnRoles.of(columns));
    }

    private static void check(List<String> columns, String description) {
        // Without a recipient column the first line is most likely data, not a header: say so
        // before quoting any of its "names", which could then be personal data.
        if (!ColumnRoles.of(columns).hasRecipient()) {
            throw new PopulationException("the header of " + description + " has no recipient column; "
                    + ColumnRoles.RECIPIENT_ADVICE + " (is the first line a header?)");
        }
        int unnamed = columns.indexOf("");
        if (unnamed >= 0) {
            throw new PopulationException("column " + (unnamed + 1) + " in the header of " + description
                    + " has no name; every column needs a name (a trailing delimiter makes an empty one)");
        }
        List<String> duplicates = ColumnRoles.duplicates(columns);
        if (!duplicates.isEmpty()) {
            throw new PopulationException("the header of " + description
                    + " names a column more than once (names are compared ignoring case): "
                    + ShownText.listed(duplicates.stream().distinct().toList()) + "; rename or remove the extra columns");
        }
        for (int i = 0; i < columns.size(); i++) {
            if (IdentityNumbers.containsOne(columns.get(i))) {
                throw new PopulationException("column " + (i + 1) + " in the header of " + description + " is named "
                        + ShownText.quoted(columns.get(i)) + ", which looks like an identity number; is a line of data in the header?");
            }
        }
    }

    /**
     * The text of the first line with anything but whitespace, delimiters and quotes, read up to a
     * line break outside quotes; {@code null} when the input has none.
     */
    private static String firstNonBlankLine(CharInput input, String description) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            line.setLength(0);
            boolean quoted = false;
            int c;
            while ((c = input.read()) != CharInput.END && (quoted || c != '\n')) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (line.length() == MAX_HEADER_LENGTH) {
                    throw new PopulationException("the header line of " + description + " is longer than "
                            + MAX_HEADER_LENGTH + " characters; is a quote in it never closed?");
                }
                line.append((char) c);
            }
            if (!isBlank(line)) {
                return line.toString();
            }
            if (c == CharInput.END) {
                return null;
            }
        }
    }

    private static boolean isBlank(CharSequence line) {
        return line.chars().allMatch(c -> Character.isWhitespace(c) || c == '"' || isDelimiter(c));
    }

    static char detectDelimiter(String line) {
        int[] counts = new int[DELIMITERS_BY_PREFERENCE.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                // A doubled quote toggles twice and so leaves the state as it was.
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < counts.length; d++) {
                    if (c == DELIMITERS_BY_PREFERENCE[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS_BY_PREFERENCE[best];
    }

    private static boolean isDelimiter(int c) {
        for (char delimiter : DELIMITERS_BY_PREFERENCE) {
            if (c == delimiter) {
                return true;
            }
        }
        return false;
    }
}
