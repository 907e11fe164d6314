package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PopulationReaderContractTest {

    @Test
    void next_after_the_last_row_fails_plainly() {
        try (PopulationReader reader = Rows.csv("personnummer\n19121212-1212\n").open()) {
            reader.next();
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void a_closed_reader_refuses_to_go_on() {
        PopulationReader reader = Rows.csv("personnummer\n19121212-1212\n").open();
        reader.close();
        reader.close();

        assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void each_open_is_a_new_pass() {
        PopulationSource source = Rows.csv("personnummer\n19121212-1212\n19121212-1212\n");

        assertThat(Rows.readAll(source)).hasSize(2);
        assertThat(Rows.readAll(source)).hasSize(2);
    }

    private static PopulationRow onlyRow(PopulationSource source) {
        List<PopulationRow> rows = Rows.readAll(source);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
