package se.scb.dispatch.population;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

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
            Optional<String> problem = record.problem().isPresent() ? record.problem() : shapeProblem(record);
            if (problem.isPresent() && record.spansLines()) {
                // Never merge lines into a row that cannot be right: read them one by one instead.
                problem = tokenizer.readLineByLine(record, problem.get()).problem();
            }
            long number = ++rowCount;
            if (problem.isPresent()) {
                return PopulationRow.malformed(number, problem.get());
            }
            List<String> fields = record.fields();
            String[] values = new String[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = fields.get(i).strip();
            }
            return header.roles().row(number, new RowValues(rowColumns, values));
        }

        /**
         * What makes a well-split record unusable: bytes that were not text, the wrong number of fields, or a line break in the
         * recipient or an address column, where it only gets by a stray quote that swallowed a line.
         */
        private Optional<String> shapeProblem(CsvTokenizer.Record record) {
            List<String> columns = header.columns();
            List<String> fields = record.fields();
            for (String field : fields) {
                if (field.indexOf(TextInput.UNDECODABLE) >= 0) {
                    return Optional.of(TextInput.undecodableBytesOn(record.where()));
                }
            }
            if (fields.size() != columns.size()) {
                return Optional.of("row has " + count(fields.size(), "field") + ", the header has " + columns.size()
                        + " (" + record.where() + " of the file)");
            }
            if (record.spansLines()) {
                for (String column : header.roles().singleLineColumns()) {
                    if (fields.get(columns.indexOf(column)).indexOf('\n') >= 0) {
                        return Optional.of("the " + column + " column would hold a line break");
                    }
                }
            }
            return Optional.empty();
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
