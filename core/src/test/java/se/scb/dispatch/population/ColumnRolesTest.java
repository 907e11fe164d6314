package se.scb.dispatch.population;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.model.PostalAddress;

class ColumnRolesTest {

    @Test
    void header_names_are_trimmed_and_matched_ignoring_case() {
        String csv = " Personnummer ;NAMN;Utdelningsadress; Postnummer;POSTORT;Co;Land;Case_ID\n"
                + " 19121212-1212 ; Tolvan Tolvansson ;Storgatan 1;  123 45 ;Solna;Pelle;Norge; A-17 \n";

        PopulationRow row = Rows.readAll(Rows.csv(csv)).get(0);

        assertThat(row.recipientIdText()).isEqualTo("19121212-1212");
        assertThat(row.address()).isEqualTo(
                new PostalAddress("Tolvan Tolvansson", "Pelle", "Storgatan 1", "123 45", "Solna", "Norge"));
        assertThat(row.caseId()).isEqualTo("A-17");
    }

    @Test
    void every_column_is_also_a_variable_under_its_header_as_written() {
        String csv = " Personnummer ;NAMN;belopp\n19121212-1212;Tolvan; 1 200 kr \n";

        PopulationRow row = Rows.readAll(Rows.csv(csv)).get(0);

        assertThat(row.variables()).containsExactly(
                Map.entry("Personnummer", "19121212-1212"),
                Map.entry("NAMN", "Tolvan"),
                Map.entry("belopp", "1 200 kr"));
    }

    @Test
    void english_names_play_the_same_parts() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("recipient_id", "19121212-1212");
        values.put("name", "Tolvan");
        values.put("co", "Pelle");
        values.put("street", "Storgatan 1");
        values.put("postal_code", "12345");
        values.put("city", "Solna");
        values.put("country", "SE");
        values.put("case_id", "7");

        PopulationRow row = Rows.readAll(PopulationSource.of(List.of(values))).get(0);

        assertThat(row.recipientIdText()).isEqualTo("19121212-1212");
        assertThat(row.address()).isEqualTo(new PostalAddress("Tolvan", "Pelle", "Storgatan 1", "12345", "Solna", "SE"));
        assertThat(row.caseId()).isEqualTo("7");
    }

    @Test
    void recipient_id_is_preferred_to_personnummer_which_is_preferred_to_organisationsnummer() {
        String all = "organisationsnummer;Personnummer;recipient_id\n212000-0142;19121212-1212;X\n";
        String twoOfThem = "organisationsnummer;personnummer\n212000-0142;19121212-1212\n";

        assertThat(Rows.readAll(Rows.csv(all)).get(0).recipientIdText()).isEqualTo("X");
        assertThat(Rows.readAll(Rows.csv(twoOfThem)).get(0).recipientIdText()).isEqualTo("19121212-1212");
    }

    @Test
    void organisationsnummer_alone_is_a_recipient_column() {
        String csv = "Organisationsnummer;namn\n212000-0142;Statistiska centralbyrån\n";

        assertThat(Rows.readAll(Rows.csv(csv)).get(0).recipientIdText()).isEqualTo("212000-0142");
    }

    @Test
    void the_english_address_name_is_preferred_when_both_are_present() {
        String csv = "personnummer;namn;name\n19121212-1212;Svenska;English\n";

        assertThat(Rows.readAll(Rows.csv(csv)).get(0).address().name()).isEqualTo("English");
    }

    @Test
    void absent_address_columns_leave_the_address_empty() {
        PopulationRow row = Rows.readAll(Rows.csv("personnummer\n19121212-1212\n")).get(0);

        assertThat(row.address()).isEqualTo(PostalAddress.empty());
        assertThat(row.caseId()).isEmpty();
    }

    @Test
    void clashing_names_are_listed_with_the_first_one() {
        assertThat(ColumnRoles.duplicates(List.of("Namn", "personnummer", "namn", "NAMN", "ort")))
                .containsExactly("Namn", "namn", "NAMN");
        assertThat(ColumnRoles.duplicates(List.of("a", "b"))).isEmpty();
    }
}
