package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileAndHeaderTest {

    @TempDir
    Path folder;

    @Test
    void a_missing_file_is_named_in_the_exception() {
        Path missing = folder.resolve("urval.csv");

        assertThatThrownBy(() -> PopulationSource.csv(missing).open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void a_directory_is_not_a_file() {
        assertThatThrownBy(() -> PopulationSource.csv(folder).open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("directory");
    }

    @Test
    void an_empty_file_has_no_header() throws IOException {
        Path empty = Files.createFile(folder.resolve("tom.csv"));

        assertThatThrownBy(() -> PopulationSource.csv(empty).open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining("tom.csv")
                .hasMessageContaining("no header");
    }

    @Test
    void a_file_of_blank_lines_has_no_header() {
        assertThatThrownBy(() -> Rows.csv("\r\n  \n\n").open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining("no header");
    }

    @Test
    void a_file_is_read_from_its_path() throws IOException {
        Path file = folder.resolve("urval.csv");
        Files.write(file, "personnummer;namn\n19121212-1212;Åsa\n".getBytes(TextInput.WINDOWS_1252));
        PopulationSource source = PopulationSource.csv(file);

        assertThat(source.description()).isEqualTo(file.toString());
        assertThat(onlyRow(source).address().name()).isEqualTo("Åsa");
    }

    @Test
    void names_given_twice_ignoring_case_are_refused_and_named() {
        assertThatThrownBy(() -> Rows.csv("personnummer;Namn;postort;namn\n").open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining("more than once")
                .hasMessageContaining("\"Namn\", \"namn\"");
    }

    @Test
    void names_that_differ_only_by_surrounding_spaces_are_the_same_name() {
        assertThatThrownBy(() -> Rows.csv("personnummer;namn; namn \n").open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining("more than once");
    }

    @Test
    void a_header_without_a_recipient_column_is_refused_with_the_accepted_names() {
        assertThatThrownBy(() -> Rows.csv("pnr;namn\n19121212-1212;Tolvan\n").open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining("no recipient column")
                .hasMessageContaining("recipient_id, personnummer or organisationsnummer");
    }

    @Test
    void a_file_without_a_header_does_not_show_its_first_row_in_the_message() {
        assertThatThrownBy(() -> Rows.csv("19121212-1212;Tolvan Tolvansson\n").open())
                .isInstanceOf(PopulationException.class)
                .message().doesNotContain("19121212").doesNotContain("Tolvan");
    }

    @Test
    void a_column_without_a_name_is_refused() {
        assertThatThrownBy(() -> Rows.csv("personnummer;namn;\n19121212-1212;Tolvan;\n").open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining("column 3")
                .hasMessageContaining("no name");
    }

    @Test
    void a_header_quote_never_closed_is_refused() {
        assertThatThrownBy(() -> Rows.csv("personnummer;\"namn\n19121212-1212;Tolvan\n").open())
                .isInstanceOf(PopulationException.class)
                .hasMessageContaining("header")
                .hasMessageContaining("never closed");
    }

    @Test
    void columns_are_the_header_names_trimmed_in_order() {
        try (PopulationReader reader = Rows.csv(" Personnummer ;\"Namn\"; belopp\n").open()) {
            assertThat(reader.columns()).containsExactly("Personnummer", "Namn", "belopp");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    private static PopulationRow onlyRow(PopulationSource source) {
        List<PopulationRow> rows = Rows.readAll(source);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
