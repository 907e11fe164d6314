package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvMalformedRowTest {

    @Test
    void a_row_with_the_wrong_number_of_fields_is_malformed_and_reading_goes_on() {
        String csv = "personnummer;namn;postort\n"
                + "19121212-1212;A;Solna\n"
                + "19121212-1212;B\n"
                + "19121212-1212;C;Solna;extra;extra\n"
                + "19121212-1212;D;Solna\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows.get(1).malformed()).contains("row has 2 fields, the header has 3 (line 3 of the file)");
        assertThat(rows.get(2).malformed()).contains("row has 5 fields, the header has 3 (line 4 of the file)");
        assertThat(rows.get(1).variables()).isEmpty();
        assertThat(rows.get(3).isMalformed()).isFalse();
        assertThat(rows.get(3).address().name()).isEqualTo("D");
    }

    @Test
    void a_malformed_message_never_carries_the_row_data() {
        String csv = "personnummer;namn;postort\n19121212-1212;Tolvan\n";

        assertThat(onlyRow(Rows.csv(csv)).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .doesNotContain("19121212").doesNotContain("Tolvan"));
    }

    private static PopulationRow onlyRow(PopulationSource source) {
        List<PopulationRow> rows = Rows.readAll(source);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
