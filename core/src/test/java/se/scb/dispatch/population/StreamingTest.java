package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingTest {

    private static final int ROWS = 200_000;

    @Test
    void a_large_source_is_read_row_by_row_without_reading_ahead() {
        List<GeneratedCsv> streams = new ArrayList<>();
        PopulationSource source = PopulationSource.csv("generated", () -> track(streams, new GeneratedCsv(ROWS, false, "Solna; Råsunda")));

        try (PopulationReader reader = source.open()) {
            PopulationRow first = reader.next();
            GeneratedCsv reading = streams.get(streams.size() - 1);

            assertThat(first.number()).isEqualTo(1);
            assertThat(first.address().name()).isEqualTo("Person 0");
            assertThat(reading.bytesGiven()).isLessThan(reading.totalBytes() / 50);

            long count = 1;
            PopulationRow last = first;
            while (reader.hasNext()) {
                last = reader.next();
                assertThat(last.isMalformed()).isFalse();
                count++;
            }
            assertThat(count).isEqualTo(ROWS);
            assertThat(last.number()).isEqualTo(ROWS);
            assertThat(last.address().name()).isEqualTo("Person " + (ROWS - 1));
            assertThat(reading.bytesGiven()).isEqualTo(reading.totalBytes());
        }
    }

    @Test
    void a_windows_1252_letter_in_the_last_of_many_ascii_rows_decides_the_encoding() {
        PopulationSource source = PopulationSource.csv("generated", () -> new GeneratedCsv(ROWS, true, "Solna; Rasunda"));

        try (PopulationReader reader = source.open()) {
            PopulationRow last = null;
            while (reader.hasNext()) {
                last = reader.next();
            }
            assertThat(last.number()).isEqualTo(ROWS);
            assertThat(last.address().name()).isEqualTo("Sjöberg");
        }
    }

    @Test
    void a_windows_1252_last_row_among_many_utf_8_rows_is_malformed_and_the_rest_stay_utf_8() {
        PopulationSource source = PopulationSource.csv("generated", () -> new GeneratedCsv(ROWS, true, "Solna; Råsunda"));

        try (PopulationReader reader = source.open()) {
            PopulationRow row = reader.next();
            assertThat(row.address().city()).isEqualTo("Solna; Råsunda");
            while (reader.hasNext()) {
                row = reader.next();
            }
            assertThat(row.number()).isEqualTo(ROWS);
            assertThat(row.malformed()).hasValueSatisfying(reason -> assertThat(reason).contains("line " + (ROWS + 1), "not text"));
        }
    }

    private static GeneratedCsv track(List<GeneratedCsv> streams, GeneratedCsv stream) {
        streams.add(stream);
        return stream;
    }

    /** A CSV export made up line by line as it is read, so the test never holds it whole either. */
    private static final class GeneratedCsv extends InputStream {

        private static final byte[] HEADER = "personnummer;namn;postort;belopp\r\n".getBytes(StandardCharsets.US_ASCII);

        private final int rows;
        private final boolean lastRowInWindows1252;
        private final String city;
        private final long totalBytes;
        private int nextRow;
        private byte[] line = HEADER;
        private int position;
        private long bytesGiven;

        /** @param city the city of every row but a Windows-1252 last one, quoted (it holds the delimiter) */
        GeneratedCsv(int rows, boolean lastRowInWindows1252, String city) {
            this.rows = rows;
            this.lastRowInWindows1252 = lastRowInWindows1252;
            this.city = city;
            long total = HEADER.length;
            for (int i = 0; i < rows; i++) {
                total += row(i).length;
            }
            this.totalBytes = total;
        }

        long bytesGiven() {
            return bytesGiven;
        }

        long totalBytes() {
            return totalBytes;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == line.length) {
                if (nextRow == rows) {
                    return -1;
                }
                line = row(nextRow++);
                position = 0;
            }
            int count = Math.min(length, line.length - position);
            System.arraycopy(line, position, target, offset, count);
            position += count;
            bytesGiven += count;
            return count;
        }

        private byte[] row(int i) {
            if (lastRowInWindows1252 && i == rows - 1) {
                return "19121212-1212;Sjöberg;Täby;1\r\n".getBytes(TextInput.WINDOWS_1252);
            }
            return ("19121212-1212;Person " + i + ";\"" + city + "\";" + i + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    }
}
