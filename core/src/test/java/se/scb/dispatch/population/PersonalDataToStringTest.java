package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.model.PostalAddress;

class PersonalDataToStringTest {

    private static final String CSV = "personnummer;namn;co;utdelningsadress;postnummer;postort;case_id\n"
            + "19121212-1212;Tolvan Tolvansson;Pelle Persson;Storgatan 1;12345;Solna;A-17\n";

    @Test
    void a_row_prints_its_number_but_no_identity_number_name_or_street() {
        PopulationRow row = Rows.readAll(Rows.csv(CSV)).get(0);

        assertThat(row.toString()).contains("1")
                .doesNotContain("19121212").doesNotContain("Tolvan").doesNotContain("Pelle")
                .doesNotContain("Storgatan");
    }

    @Test
    void an_address_prints_no_name_care_of_or_street() {
        PostalAddress address = Rows.readAll(Rows.csv(CSV)).get(0).address();

        assertThat(address.toString()).doesNotContain("Tolvan").doesNotContain("Pelle").doesNotContain("Storgatan");
    }

    @Test
    void sources_and_readers_print_only_their_description() {
        PopulationSource source = Rows.csv(CSV);

        try (PopulationReader reader = source.open()) {
            reader.next();
            assertThat(source.toString()).contains("test data").doesNotContain("19121212");
            assertThat(reader.toString()).doesNotContain("19121212").doesNotContain("Tolvan");
        }
    }
}
