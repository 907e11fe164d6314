package se.scb.dispatch.population;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.population.PhysicalLines.Line;

/**
 * Splits CSV text into records the RFC 4180 way: fields separated by the delimiter, records by line
 * breaks, a field that starts with {@code "} runs to the matching quote and may hold delimiters,
 * line breaks and doubled quotes ({@code ""} for one {@code "}).
 *
 * <p>Quoting is checked strictly, because a quote out of place is how two people end up in one row:
 * a quote inside an unquoted field, or text after a closing quote, makes the record malformed.
 * Only spaces are tolerated around a quoted field. Line breaks inside a quoted field come out as
 * {@code \n} whatever the file used.
 *
 * <p>A record that spans lines can be undone with {@link #readLineByLine}: a reader that finds it
 * cannot be right (the wrong number of fields, a line break in a name) keeps its first line as a
 * malformed row and has the lines after it read again, each on its own.
 *
 * <p>A line, and a record, is kept up to {@value #MAX_FIELD_LENGTH} characters: a quote that is
 * never closed would otherwise pull the rest of a large file into memory.
 */
final class CsvTokenizer {

    /**
     * One record as split.
     *
     * @param fields  the fields, untrimmed
     * @param lines   the lines of the file it was read from, at least one
     * @param problem why the record could not be split properly, if it could not
     */
    record Record(List<String> fields, List<Line> lines, Optional<String> problem) {

        Record {
            // The tokenizer hands over fresh lists; wrapping them costs less per row than copying.
            fields = Collections.unmodifiableList(fields);
            lines = List.copyOf(lines);
        }

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

        boolean spansLines() {
            return lines.size() > 1;
        }

        long firstLine() {
            return lines.get(0).number();
        }

        long lastLine() {
            return lines.get(lines.size() - 1).number();
        }

        /** "line 7" or "lines 7 to 9", for messages. */
        String where() {
            return spansLines() ? "lines " + firstLine() + " to " + lastLine() : "line " + firstLine();
        }

        @Override
        public String toString() {
            // The fields are personal data.
            return "Record[" + where() + problem.map(p -> ", malformed").orElse("") + "]";
        }
    }

    static final int MAX_FIELD_LENGTH = 1 << 20;

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final PhysicalLines lines;
    private final char delimiter;
    /** One state machine for all records, so its field buffer is allocated once per file. */
    private final Fields fields = new Fields();
    /** The number of fields of the last record, which the next one most likely has too. */
    private int expectedFields = 10;

    CsvTokenizer(CharInput input, char delimiter) {
        this.lines = new PhysicalLines(input, MAX_FIELD_LENGTH);
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

    /**
     * Undoes a record that spans lines: the lines after its first are read again, each on its own,
     * and its first line alone is returned as a malformed record that says why.
     *
     * @param why what is wrong with the record read as one, without any of its data
     */
    Record readLineByLine(Record record, String why) {
        List<Line> spanned = record.lines();
        lines.giveBack(spanned.subList(1, spanned.size()));
        return new Record(List.of(), spanned.subList(0, 1), Optional.of("line " + record.firstLine()
                + " ends inside a quoted field, and " + record.where() + " read as one row cannot be right (" + why
                + "), so each of these lines is read as a row of its own"));
    }

    private Record readRecord() throws IOException {
        Line line = lines.next();
        if (line == null) {
            return null;
        }
        if (line.oversized()) {
            return malformed(List.of(line), "line " + line.number() + " is longer than " + MAX_FIELD_LENGTH
                    + " characters; is a quote never closed?");
        }
        fields.start();
        Optional<String> problem = fields.read(line);
        if (problem.isPresent()) {
            return malformed(List.of(line), problem.get());
        }
        if (!fields.insideQuotes()) {
            // The usual record: one line, no list of lines to build.
            return new Record(fields.done(), List.of(line), Optional.empty());
        }
        List<Line> spanned = new ArrayList<>(2);
        spanned.add(line);
        long length = line.text().length();
        while (true) {
            Line more = lines.next();
            if (more == null) {
                return malformed(spanned, "the quote that opens a field on line " + fields.quoteLine
                        + " is never closed; the file ends inside it");
            }
            length += more.text().length() + 1;
            if (more.oversized() || length > MAX_FIELD_LENGTH) {
                lines.giveBack(List.of(more));
                return malformed(spanned, "a quoted field that starts on line " + fields.quoteLine
                        + " is still open after " + MAX_FIELD_LENGTH + " characters; is a quote never closed?");
            }
            spanned.add(more);
            fields.lineBreak();
            problem = fields.read(more);
            if (problem.isPresent()) {
                return malformed(spanned, problem.get());
            }
            if (!fields.insideQuotes()) {
                return new Record(fields.done(), spanned, Optional.empty());
            }
        }
    }

    private static Record malformed(List<Line> spanned, String problem) {
        return new Record(List.of(), spanned, Optional.of(problem));
    }

    /** The fields of one record as its lines come in: the RFC 4180 state machine. */
    private final class Fields {

        private final StringBuilder field = new StringBuilder();
        private List<String> done;
        private State state;
        private long quoteLine;

        /** Begins a record. */
        void start() {
            done = new ArrayList<>(expectedFields);
            field.setLength(0);
            state = State.FIELD_START;
        }

        /** Takes one line's characters; a problem ends the record. */
        Optional<String> read(Line line) {
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (state == State.QUOTED) {
                    if (c != '"') {
                        field.append(c);
                    } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        state = State.AFTER_QUOTE;
                    }
                } else if (c == delimiter) {
                    endField();
                } else if (state == State.AFTER_QUOTE && !isSpace(c)) {
                    return Optional.of("text follows the closing quote of a field on line " + line.number()
                            + "; after a closing quote only the delimiter or the end of the line may come");
                } else if (c == '"' && state == State.UNQUOTED) {
                    return Optional.of("a quote stands inside an unquoted field on line " + line.number()
                            + "; a field with a quote in it must be quoted whole, with the quote doubled");
                } else if (c == '"') {
                    // Spaces before an opening quote are not part of the field.
                    field.setLength(0);
                    state = State.QUOTED;
                    quoteLine = line.number();
                } else if (state != State.AFTER_QUOTE) {
                    field.append(c);
                    state = state == State.FIELD_START && isSpace(c) ? State.FIELD_START : State.UNQUOTED;
                }
            }
            return Optional.empty();
        }

        boolean insideQuotes() {
            return state == State.QUOTED;
        }

        void lineBreak() {
            field.append('\n');
        }

        List<String> done() {
            endField();
            expectedFields = done.size();
            return done;
        }

        private void endField() {
            done.add(field.toString());
            field.setLength(0);
            state = State.FIELD_START;
        }

        /** Padding around a field: space, no-break space, and a tab unless it is the delimiter. */
        private boolean isSpace(char c) {
            return c != delimiter && (c == ' ' || c == '\t' || c == '\u00a0');
        }
    }
}
