package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowValuesTest {

    private final RowValues.Columns columns = new RowValues.Columns(List.of("personnummer", "namn", "kod"));
    private final RowValues row = new RowValues(columns, new String[] {"19121212-1212", "Åsa", ""});

    @Test
    void isTheMapOfColumnToValueInColumnOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("personnummer", "19121212-1212");
        expected.put("namn", "Åsa");
        expected.put("kod", "");

        assertThat(row).isEqualTo(expected).containsExactlyEntriesOf(expected);
        assertThat(row.get("namn")).isEqualTo("Åsa");
        assertThat(row.get("Namn")).as("names are matched as written").isNull();
        assertThat(row.containsKey("kod")).isTrue();
    }

    @Test
    void cannotBeChanged() {
        assertThatThrownBy(() -> row.put("namn", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.remove("namn")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRowKeepsItWithoutCopying() {
        PopulationRow made = ColumnRoles.of(List.of("personnummer", "namn", "kod")).row(1, row);

        assertThat(made.variables()).isSameAs(row);
    }
}
