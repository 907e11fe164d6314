package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvQuotingTest {

    @Test
    void quoted_fields_keep_delimiters_and_doubled_quotes() {
        String csv = "personnummer;namn;gatuadress\n"
                + "19121212-1212;\"Tolvansson; Tolvan\";\"Gatan \"\"Lilla\"\" 1\"\n";

        PopulationRow row = onlyRow(Rows.csv(csv));

        assertThat(row.variables()).containsEntry("namn", "Tolvansson; Tolvan")
                .containsEntry("gatuadress", "Gatan \"Lilla\" 1");
    }

    @Test
    void a_quoted_field_may_span_lines_and_rows_after_it_keep_counting_from_one() {
        String csv = "personnummer;meddelande\r\n"
                + "19121212-1212;\"rad ett\r\nrad två\r\n\r\nrad fyra\"\r\n"
                + "19121212-1212;efter\r\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L);
        assertThat(rows.get(0).variables().get("meddelande")).isEqualTo("rad ett\nrad två\n\nrad fyra");
        assertThat(rows.get(1).variables().get("meddelande")).isEqualTo("efter");
    }

    @Test
    void spaces_around_a_quoted_field_are_tolerated() {
        String csv = "personnummer;namn\n19121212-1212;  \"Tolvan; T\"  \n";

        assertThat(onlyRow(Rows.csv(csv)).address().name()).isEqualTo("Tolvan; T");
    }

    @Test
    void a_quote_inside_an_unquoted_field_makes_the_row_malformed() {
        String csv = "personnummer;namn\n19121212-1212;Tolvan \"Tolle\" T\n19121212-1212;efter\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("quote stands inside an unquoted field on line 2").doesNotContain("Tolvan"));
        assertThat(rows.get(1).address().name()).isEqualTo("efter");
    }

    @Test
    void text_after_a_closing_quote_makes_the_row_malformed_but_spaces_are_tolerated() {
        String csv = "personnummer;namn;postort\n19121212-1212;\"Tolvan\" T;Solna\n19121212-1212;\"Tolvan\"  ;Solna\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows.get(0).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("text follows the closing quote of a field on line 2"));
        assertThat(rows.get(1).address().name()).isEqualTo("Tolvan");
    }

    @Test
    void a_quote_never_closed_makes_its_line_malformed_and_the_lines_after_it_are_read_on_their_own() {
        String csv = "personnummer;namn\n19121212-1212;Tolvan\n19121212-1212;\"Tolvan\n\n19121212-1212;x\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(0).isMalformed()).isFalse();
        assertThat(rows.get(1).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("line 3").contains("never closed").contains("lines 3 to 5"));
        assertThat(rows.get(2).address().name()).isEqualTo("x");
    }

    @Test
    void crlf_and_lf_and_a_missing_final_line_break_all_work() {
        String csv = "personnummer;namn\r\n19121212-1212;A\n19121212-1212;B\r\n19121212-1212;C";

        assertThat(Rows.readAll(Rows.csv(csv))).extracting(row -> row.address().name())
                .containsExactly("A", "B", "C");
    }

    @Test
    void blank_lines_are_skipped_and_not_counted() {
        String csv = "\n\npersonnummer;namn\n\n19121212-1212;A\n   \n;\n\r\n19121212-1212;B\n\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L);
        assertThat(rows).extracting(row -> row.address().name()).containsExactly("A", "B");
    }

    @Test
    void a_field_too_long_to_be_real_is_malformed_instead_of_filling_memory() {
        String huge = "x".repeat(CsvTokenizer.MAX_FIELD_LENGTH + 10);
        String csv = "personnummer;namn\n19121212-1212;\"" + huge + "\"\n19121212-1212;efter\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("line 2").contains("longer than " + CsvTokenizer.MAX_FIELD_LENGTH));
        assertThat(rows.get(1).address().name()).isEqualTo("efter");
    }

    private static PopulationRow onlyRow(PopulationSource source) {
        List<PopulationRow> rows = Rows.readAll(source);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
