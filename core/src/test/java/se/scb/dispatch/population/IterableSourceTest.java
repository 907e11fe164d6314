package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IterableSourceTest {

    @Test
    void each_map_is_a_row_and_null_values_are_empty() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("personnummer", " 19121212-1212 ");
        first.put("namn", null);
        Map<String, String> second = Map.of("recipient_id", "212000-0142");

        List<PopulationRow> rows = Rows.readAll(PopulationSource.of(List.of(first, second)));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L);
        assertThat(rows.get(0).recipientIdText()).isEqualTo("19121212-1212");
        assertThat(rows.get(0).variables()).containsExactly(
                Map.entry("personnummer", "19121212-1212"), Map.entry("namn", ""));
        assertThat(rows.get(1).recipientIdText()).isEqualTo("212000-0142");
    }

    @Test
    void rows_that_cannot_be_read_are_malformed_and_the_rest_are_read() {
        List<Map<String, String>> maps = new ArrayList<>();
        maps.add(null);
        maps.add(Map.of("namn", "Tolvan"));
        Map<String, String> unnamed = new HashMap<>();
        unnamed.put(null, "x");
        unnamed.put("personnummer", "19121212-1212");
        maps.add(unnamed);
        maps.add(Map.of("personnummer", "19121212-1212"));

        List<PopulationRow> rows = Rows.readAll(PopulationSource.of(maps));

        assertThat(rows).extracting(PopulationRow::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows.get(0).malformed()).contains("the row is null");
        assertThat(rows.get(1).malformed()).hasValueSatisfying(m -> assertThat(m).contains("no recipient column"));
        assertThat(rows.get(2).malformed()).contains("a column has no name");
        assertThat(rows.get(3).isMalformed()).isFalse();
    }

    @Test
    void each_open_iterates_again_and_the_description_is_fixed() {
        PopulationSource source = PopulationSource.of(List.of(Map.of("personnummer", "19121212-1212")));

        assertThat(Rows.readAll(source)).hasSize(1);
        assertThat(Rows.readAll(source)).hasSize(1);
        assertThat(source.description()).isEqualTo("rows from code");
    }

    @Test
    void columns_are_the_keys_seen_so_far() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("personnummer", "19121212-1212");
        first.put("namn", "a");
        Map<String, String> second = new LinkedHashMap<>();
        second.put("personnummer", "19121212-1212");
        second.put("belopp", "5");

        try (PopulationReader reader = PopulationSource.of(List.of(first, second)).open()) {
            assertThat(reader.columns()).isEmpty();
            reader.forEachRemaining(row -> { });
            assertThat(reader.columns()).containsExactly("personnummer", "namn", "belopp");
        }
    }
}
