package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvEncodingTest {

    private static final String TEXT = "personnummer;namn;postort\n19121212-1212;Åsa Öberg;Täby\n";

    @Test
    void utf8_without_byte_order_mark() {
        assertThat(onlyRow(Rows.csv(TEXT, StandardCharsets.UTF_8)).address().name()).isEqualTo("Åsa Öberg");
    }

    @Test
    void utf8_with_byte_order_mark_does_not_leak_into_the_first_column_name() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        PopulationSource source = Rows.csv(Rows.concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)));

        PopulationRow row = onlyRow(source);

        assertThat(row.recipientIdText()).isEqualTo("19121212-1212");
        assertThat(row.variables()).containsKey("personnummer");
        assertThat(row.address().name()).isEqualTo("Åsa Öberg");
    }

    @Test
    void windows_1252_single_bytes_are_read_as_swedish_letters() {
        byte[] bytes = TEXT.getBytes(TextInput.WINDOWS_1252);
        assertThat(bytes).contains((byte) 0xC5, (byte) 0xD6, (byte) 0xE4); // Å, Ö, ä as one byte each

        PopulationRow row = onlyRow(Rows.csv(bytes));

        assertThat(row.address().name()).isEqualTo("Åsa Öberg");
        assertThat(row.address().city()).isEqualTo("Täby");
    }

    @Test
    void an_invalid_utf8_byte_late_in_the_file_makes_the_whole_file_windows_1252() {
        StringBuilder csv = new StringBuilder("personnummer;namn\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("19121212-1212;Person ").append(i).append('\n');
        }
        // "Ã¥" is what "å" in UTF-8 looks like as Windows-1252: both bytes are valid UTF-8 here,
        // so only the lone 0xF6 at the very end can show the file is not UTF-8.
        byte[] early = "19121212-1212;\u00c3\u00a5\n".getBytes(TextInput.WINDOWS_1252);
        byte[] late = "19121212-1212;Sj\u00f6berg\n".getBytes(TextInput.WINDOWS_1252);
        byte[] bytes = Rows.concat(csv.toString().getBytes(StandardCharsets.US_ASCII), early, csv.substring(18)
                .getBytes(StandardCharsets.US_ASCII), late);

        List<PopulationRow> rows = Rows.readAll(Rows.csv(bytes));

        assertThat(rows).hasSize(40_002);
        assertThat(rows.get(20_000).address().name()).isEqualTo("\u00c3\u00a5");
        assertThat(rows.get(40_001).address().name()).isEqualTo("Sjöberg");
    }

    @Test
    void a_utf8_sequence_cut_off_at_the_end_of_the_file_is_not_utf8() {
        byte[] bytes = Rows.concat("personnummer;namn\n19121212-1212;x".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3});

        assertThat(onlyRow(Rows.csv(bytes)).address().name()).isEqualTo("xÃ");
    }

    private static PopulationRow onlyRow(PopulationSource source) {
        List<PopulationRow> rows = Rows.readAll(source);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
