package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stray quote must never merge two people into one row: every line of the file ends up in the
 * report, the broken ones as malformed rows, the others as the rows they are.
 */
class CsvStrayQuoteTest {

    private static final String HEADER = "personnummer;namn;utdelningsadress;postnummer;postort";

    /** Ten people, person i on line i + 1, with the given lines replaced (key: the row, from 1). */
    private static String tenPeople(int row, String replaced, int otherRow, String otherReplaced) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 10; i++) {
            lines.add(i == row ? replaced : i == otherRow ? otherReplaced : person(i, "Person " + i));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String person(int i, String name) {
        return "19121212-12" + (10 + i) + ";" + name + ";Gatan " + i + ";123 45;Solna";
    }

    @Test
    void a_stray_quote_in_one_name_and_another_in_the_next_gives_two_malformed_rows_not_one_merged_person() {
        String csv = tenPeople(7, person(7, "\"Anna Öberg"), 8, person(8, "Bo\" Ek"));

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(rows).filteredOn(PopulationRow::isMalformed).extracting(PopulationRow::number).containsExactly(7L, 8L);
        assertThat(rows.get(6).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("line 8 ends inside a quoted field").contains("lines 8 to 9").doesNotContain("Anna"));
        assertThat(rows.get(7).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("quote stands inside an unquoted field on line 9"));
        assertThat(rows.get(8).address().name()).isEqualTo("Person 9");
    }

    @Test
    void a_quote_never_closed_on_row_three_of_ten_costs_row_three_only() {
        String csv = tenPeople(3, person(3, "\"Anna Öberg"), 0, "");

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).hasSize(10);
        assertThat(rows).filteredOn(PopulationRow::isMalformed).extracting(PopulationRow::number).containsExactly(3L);
        assertThat(rows.get(2).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("never closed").contains("lines 4 to 11"));
        assertThat(rows.subList(3, 10)).extracting(row -> row.address().name())
                .containsExactly("Person 4", "Person 5", "Person 6", "Person 7", "Person 8", "Person 9", "Person 10");
    }

    @Test
    void a_name_that_swallows_lines_with_the_right_field_count_is_read_line_by_line() {
        // Read as one record this has three fields: the name runs from line 2 into line 4.
        String csv = "personnummer;namn;postort\n"
                + "19121212-1212;\"Anna;Solna\n"
                + "19121212-1311;Bo;Solna\n"
                + "19121212-1410;Cia\";Lund\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("lines 2 to 4").contains("the namn column would hold a line break"));
        assertThat(rows.get(1).isMalformed()).isFalse();
        assertThat(rows.get(1).recipientIdText()).isEqualTo("19121212-1311");
        assertThat(rows.get(1).address().name()).isEqualTo("Bo");
        assertThat(rows.get(2).isMalformed()).isTrue();
    }

    @Test
    void a_line_break_in_the_recipient_column_is_never_one_row() {
        String csv = "personnummer;namn\n\"19121212\n1212\";Tolvan\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).hasSize(2).allMatch(PopulationRow::isMalformed);
        assertThat(rows.get(0).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the personnummer column would hold a line break").doesNotContain("1212"));
    }

    @Test
    void a_record_over_several_lines_with_too_many_fields_gives_each_line_back() {
        String csv = "personnummer;namn;meddelande\n"
                + "19121212-1212;A;\"hej\n"
                + "19121212-1311;B;du\";extra\n"
                + "19121212-1410;C;hej\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(0).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("row has 4 fields, the header has 3 (lines 2 to 3 of the file)"));
        assertThat(rows.get(1).isMalformed()).isTrue();
        assertThat(rows.get(2).address().name()).isEqualTo("C");
    }

    @Test
    void a_line_break_in_a_free_text_column_is_still_one_row() {
        String csv = "personnummer;namn;meddelande\n19121212-1212;A;\"rad ett\nrad två\"\n19121212-1311;B;x\n";

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv));

        assertThat(rows).noneMatch(PopulationRow::isMalformed);
        assertThat(rows.get(0).variables()).containsEntry("meddelande", "rad ett\nrad två");
        assertThat(rows.get(1).number()).isEqualTo(2);
    }

    @Test
    void a_quote_open_past_the_length_bound_gives_the_lines_back_instead_of_eating_the_file() {
        String filler = "x".repeat(1000);
        StringBuilder csv = new StringBuilder("personnummer;namn\n19121212-1212;\"open\n");
        int fillerLines = CsvTokenizer.MAX_FIELD_LENGTH / filler.length() + 5;
        for (int i = 0; i < fillerLines; i++) {
            csv.append("19121212-1212;").append(filler).append('\n');
        }

        List<PopulationRow> rows = Rows.readAll(Rows.csv(csv.toString()));

        assertThat(rows).hasSize(1 + fillerLines);
        assertThat(rows.get(0).malformed()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("still open after " + CsvTokenizer.MAX_FIELD_LENGTH));
        assertThat(rows.subList(1, rows.size())).noneMatch(PopulationRow::isMalformed);
    }
}
