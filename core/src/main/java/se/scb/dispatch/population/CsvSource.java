package se.scb.dispatch.population;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * A CSV export: a header line naming the columns, then one row per record. Encoding, delimiter and
 * quoting rules are those of {@link TextInput}, {@link CsvHeader} and {@link CsvTokenizer}.
 */
final class CsvSource implements PopulationSource {

    private final ByteSource bytes;

    CsvSource(ByteSource bytes) {
        this.bytes = bytes;
    }

    @Override
    public PopulationReader open() {
        Reader text = TextInput.open(bytes);
        try {
            CharInput input = new CharInput(text);
            CsvHeader header = CsvHeader.read(input, description());
            return new CsvReader(description(), text, header, new CsvTokenizer(input, header.delimiter()));
        } catch (IOException e) {
            closeQuietly(text);
            throw PopulationException.cannotRead(description(), e);
        } catch (RuntimeException e) {
            closeQuietly(text);
            throw e;
        }
    }

    @Override
    public String description() {
        return bytes.description();
    }

    @Override
    public String toString() {
        return "CsvSource[" + description() + "]";
    }

    private static void closeQuietly(Reader text) {
        try {
            text.close();
        } catch (IOException ignored) {
            // The failure that made us close is the one worth reporting.
        }
    }

    private static final class CsvReader extends RowReader {

        private final Reader text;
        private final CsvHeader header;
        private final CsvTokenizer tokenizer;
        private final RowValues.Columns rowColumns;
        private long rowCount;

        CsvReader(String description, Reader text, CsvHeader header, CsvTokenizer tokenizer) {
            super(description);
            this.text = text;
            this.header = header;
            this.tokenizer = tokenizer;
            this.rowColumns = new RowValues.Columns(header.columns());
        }

        @Override
        public List<String> columns() {
            return header.columns();
        }

        @Override
        PopulationRow readRow() throws IOException {
            CsvTokenizer.Record record = tokenizer.next();
            if (record == null) {
                return null;
            }
            long number = ++rowCount;
            if (record.problem().isPresent()) {
                return PopulationRow.malformed(number, record.problem().get());
            }
            List<String> columns = header.columns();
            List<String> fields = record.fields();
            if (fields.size() != columns.size()) {
                return PopulationRow.malformed(number, "row has " + count(fields.size(), "field") + ", the header has "
                        + columns.size() + " (line " + record.firstLine() + " of the file)");
            }
            String[] values = new String[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = fields.get(i).strip();
            }
            return header.roles().row(number, new RowValues(rowColumns, values));
        }

        @Override
        void release() throws IOException {
            text.close();
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }
}
