package se.scb.dispatch.population;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines: one JSON object per line, its keys the columns. Strings, numbers (as written) and
 * booleans become text, {@code null} becomes empty. A line that is not an object of such values is
 * a malformed row; blank lines are skipped and not counted. The text is opened like a CSV file
 * ({@link TextInput}), so a Windows-1252 export is read too.
 */
final class JsonLinesSource implements PopulationSource {

    // Jackson's own messages quote the offending input, which may be personal data: ours never do,
    // and the parser is told not to keep the source for its locations either.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final ByteSource bytes;

    JsonLinesSource(ByteSource bytes) {
        this.bytes = bytes;
    }

    @Override
    public PopulationReader open() {
        return new JsonLinesReader(description(), new BufferedReader(TextInput.open(bytes)));
    }

    @Override
    public String description() {
        return bytes.description();
    }

    @Override
    public String toString() {
        return "JsonLinesSource[" + description() + "]";
    }

    private static final class JsonLinesReader extends RowReader {

        private final BufferedReader lines;
        private final KeyedRows rows = new KeyedRows();
        private long lineNumber;
        private long rowCount;

        JsonLinesReader(String description, BufferedReader lines) {
            super(description);
            this.lines = lines;
        }

        @Override
        public List<String> columns() {
            return rows.columns();
        }

        @Override
        PopulationRow readRow() throws IOException {
            String line;
            do {
                line = lines.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
            if (line == null) {
                return null;
            }
            long number = ++rowCount;
            String where = " (line " + lineNumber + ")";
            if (line.indexOf(TextInput.UNDECODABLE) >= 0) {
                return PopulationRow.malformed(number, TextInput.undecodableBytesOn("line " + lineNumber));
            }
            try (JsonParser parser = JSON.createParser(line)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return PopulationRow.malformed(number, "the line is not a JSON object" + where);
                }
                List<Map.Entry<String, String>> entries = new ArrayList<>();
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                    String key = parser.currentName();
                    JsonToken valueToken = parser.nextToken();
                    if (valueToken.isStructStart()) {
                        return PopulationRow.malformed(number, "the value of " + ShownText.quoted(key) + " is "
                                + (valueToken == JsonToken.START_ARRAY ? "an array" : "an object")
                                + "; only text, numbers, true, false and null can be values" + where);
                    }
                    entries.add(Map.entry(key, valueToken == JsonToken.VALUE_NULL ? "" : parser.getText()));
                }
                if (parser.nextToken() != null) {
                    return PopulationRow.malformed(number, "the line has more after its JSON object" + where);
                }
                return rows.row(number, entries, where);
            } catch (JsonProcessingException e) {
                return PopulationRow.malformed(number, "the line is not valid JSON (at column "
                        + e.getLocation().getColumnNr() + ")" + where);
            }
        }

        @Override
        void release() throws IOException {
            lines.close();
        }
    }
}
