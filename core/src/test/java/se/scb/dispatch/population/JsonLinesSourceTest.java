package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {

    @Test
    void each_line_is_a_row_with_its_keys_as_columns() {
        String lines = "{\"personnummer\":\"19121212-1212\",\"namn\":\" Tolvan \",\"postort\":\"Solna\"}\n"
                + "{\"personnummer\":\"19121212-1212\",\"namn\":\"Åsa Öberg\",\"postort\":\"Täby\"}\n";

        List<PopulationRow> rows = Rows.readAll(Rows.jsonLines(lines));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L);
        assertThat(rows.get(0).recipientIdText()).isEqualTo("19121212-1212");
        assertThat(rows.get(0).address().name()).isEqualTo("Tolvan");
        assertThat(rows.get(1).address().name()).isEqualTo("Åsa Öberg");
        assertThat(rows.get(1).variables()).containsExactly(Map.entry("personnummer", "19121212-1212"),
                Map.entry("namn", "Åsa Öberg"), Map.entry("postort", "Täby"));
    }

    @Test
    void numbers_are_kept_as_written_and_booleans_and_null_become_text() {
        String lines = "{\"personnummer\":\"19121212-1212\",\"belopp\":1.50,\"antal\":3,"
                + "\"stor\":1e3,\"svarat\":true,\"ort\":null}\n";

        PopulationRow row = Rows.readAll(Rows.jsonLines(lines)).get(0);

        assertThat(row.variables()).containsEntry("belopp", "1.50").containsEntry("antal", "3")
                .containsEntry("stor", "1e3").containsEntry("svarat", "true").containsEntry("ort", "");
    }

    @Test
    void keys_play_their_parts_trimmed_and_ignoring_case() {
        String lines = "{\" Personnummer \":\"19121212-1212\",\"NAMN\":\"Tolvan\",\"Case_Id\":\"9\"}\n";

        PopulationRow row = Rows.readAll(Rows.jsonLines(lines)).get(0);

        assertThat(row.recipientIdText()).isEqualTo("19121212-1212");
        assertThat(row.address().name()).isEqualTo("Tolvan");
        assertThat(row.caseId()).isEqualTo("9");
        assertThat(row.variables()).containsOnlyKeys("Personnummer", "NAMN", "Case_Id");
    }

    @Test
    void bad_lines_are_malformed_rows_that_name_their_line_and_reading_goes_on() {
        String lines = "{\"personnummer\":\"19121212-1212\"}\n"
                + "\n"
                + "{\"personnummer\":\"19121212-1212\",\"adress\":{\"gata\":\"x\"}}\n"
                + "{\"personnummer\":\"19121212-1212\",\"barn\":[1,2]}\n"
                + "[\"19121212-1212\"]\n"
                + "19121212-1212;Tolvan\n"
                + "{\"personnummer\":\"19121212-1212\"\n"
                + "{\"personnummer\":\"19121212-1212\"} {}\n"
                + "{\"namn\":\"Tolvan\"}\n"
                + "{\"personnummer\":\"19121212-1212\",\"Namn\":\"a\",\"namn\":\"b\"}\n"
                + "{\"personnummer\":\"19121212-1212\",\"namn\":\"sist\"}\n";

        List<PopulationRow> rows = Rows.readAll(Rows.jsonLines(lines));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(rows.get(1).malformed()).hasValueSatisfying(m -> assertThat(m).contains("\"adress\"")
                .contains("an object").endsWith("(line 3)"));
        assertThat(rows.get(2).malformed()).hasValueSatisfying(m -> assertThat(m).contains("an array")
                .endsWith("(line 4)"));
        assertThat(rows.get(3).malformed()).hasValueSatisfying(m -> assertThat(m).contains("not a JSON object")
                .endsWith("(line 5)"));
        assertThat(rows.get(4).malformed()).hasValueSatisfying(m -> assertThat(m).contains("not valid JSON")
                .endsWith("(line 6)"));
        assertThat(rows.get(5).malformed()).hasValueSatisfying(m -> assertThat(m).contains("not valid JSON")
                .endsWith("(line 7)"));
        assertThat(rows.get(6).malformed()).hasValueSatisfying(m -> assertThat(m).contains("more after")
                .endsWith("(line 8)"));
        assertThat(rows.get(7).malformed()).hasValueSatisfying(m -> assertThat(m).contains("no recipient column")
                .endsWith("(line 9)"));
        assertThat(rows.get(8).malformed()).hasValueSatisfying(m -> assertThat(m).contains("more than once")
                .endsWith("(line 10)"));
        assertThat(rows.get(9).isMalformed()).isFalse();
        assertThat(rows.get(9).address().name()).isEqualTo("sist");
        assertThat(rows).flatExtracting(row -> row.malformed().stream().toList())
                .allSatisfy(message -> assertThat(message).doesNotContain("19121212").doesNotContain("Tolvan"));
    }

    @Test
    void columns_are_the_keys_in_the_order_first_seen() {
        String lines = "{\"personnummer\":\"19121212-1212\",\"namn\":\"a\"}\n"
                + "{\"ort\":\"Solna\",\"personnummer\":\"19121212-1212\",\"namn\":\"b\"}\n";

        try (PopulationReader reader = Rows.jsonLines(lines).open()) {
            reader.next();
            assertThat(reader.columns()).containsExactly("personnummer", "namn");
            reader.next();
            assertThat(reader.columns()).containsExactly("personnummer", "namn", "ort");
        }
    }

    @Test
    void crlf_byte_order_mark_and_an_empty_file_are_fine() {
        String lines = "\uFEFF{\"personnummer\":\"19121212-1212\"}\r\n\r\n{\"personnummer\":\"19121212-1212\"}";

        assertThat(Rows.readAll(Rows.jsonLines(lines))).hasSize(2).noneMatch(PopulationRow::isMalformed);
        assertThat(Rows.readAll(Rows.jsonLines(""))).isEmpty();
    }

    @Test
    void a_file_is_read_from_its_path_and_a_missing_one_is_named(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("urval.jsonl");
        Files.writeString(file, "{\"personnummer\":\"19121212-1212\",\"namn\":\"Åsa\"}\n", StandardCharsets.UTF_8);
        Path missing = folder.resolve("saknas.jsonl");

        assertThat(Rows.readAll(PopulationSource.jsonLines(file))).singleElement()
                .satisfies(row -> assertThat(row.address().name()).isEqualTo("Åsa"));
        assertThatThrownBy(() -> PopulationSource.jsonLines(missing).open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining(missing.toString());
    }
}
