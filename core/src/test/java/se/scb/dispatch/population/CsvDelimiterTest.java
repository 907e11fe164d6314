package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvDelimiterTest {

    @ParameterizedTest
    @ValueSource(strings = {";", ",", "\t"})
    void are_detected_from_the_header_line(String delimiter) {
        String csv = String.join(delimiter, "personnummer", "namn", "postort") + "\n"
                + String.join(delimiter, "19121212-1212", "Tolvan Tolvansson", "Solna") + "\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).variables())
                .containsExactly(Map.entry("personnummer", "19121212-1212"),
                        Map.entry("namn", "Tolvan Tolvansson"), Map.entry("postort", "Solna"));
    }

    @Test
    void the_most_frequent_one_outside_quotes_wins() {
        // Two commas inside the quoted name must not outvote the two semicolons outside it.
        String csv = "personnummer;\"namn, tilltal, efternamn\";belopp\n19121212-1212;Tolvan;1,50\n";

        PopulationRow row = Rows.readAll(Rows.csv(csv)).get(0);

        assertThat(row.variables()).containsEntry("belopp", "1,50")
                .containsEntry("namn, tilltal, efternamn", "Tolvan");
    }

    @Test
    void a_tie_goes_to_the_semicolon() {
        String csv = "personnummer;a,b\n19121212-1212;1,2\n";

        PopulationRow row = Rows.readAll(Rows.csv(csv)).get(0);

        assertThat(row.variables()).containsExactly(
                Map.entry("personnummer", "19121212-1212"), Map.entry("a,b", "1,2"));
    }

    @Test
    void a_single_column_file_reads_commas_as_text() {
        PopulationRow row = Rows.readAll(Rows.csv("personnummer\n19121212-1212\n")).get(0);

        assertThat(row.recipientIdText()).isEqualTo("19121212-1212");
    }

    private static PopulationRow onlyRow(PopulationSource source) {
        List<PopulationRow> rows = Rows.readAll(source);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
