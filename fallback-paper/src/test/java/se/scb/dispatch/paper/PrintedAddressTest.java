package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.model.PostalAddress;

class PrintedAddressTest {

    @Test
    void aSwedishAddressHasItsPostalCodeSpacedAndTwoSpacesBeforeTheCity() {
        PostalAddress address = new PostalAddress("Åsa Öberg", "c/o Lindqvist", "Storgatan 1", "72215", "Västerås", "SE");

        assertThat(PrintedAddress.lines(address)).containsExactly("Åsa Öberg", "c/o Lindqvist", "Storgatan 1", "722 15  Västerås");
    }

    @Test
    void careOfGetsItsPrefixOnce() {
        PostalAddress address = new PostalAddress("Åsa Öberg", "Lindqvist", "Storgatan 1", "722 15", "Västerås", "");

        assertThat(PrintedAddress.lines(address)).contains("c/o Lindqvist");
    }

    @Test
    void anAddressAbroadKeepsItsPostalCodeAndEndsWithTheCountryInCapitals() {
        PostalAddress address = new PostalAddress("Kari Nordmann", "", "Storgata 5", "0155", "Oslo", "Norge");

        assertThat(PrintedAddress.lines(address)).containsExactly("Kari Nordmann", "Storgata 5", "0155 Oslo", "NORGE");
    }

    @Test
    void emptyFieldsLeaveNoEmptyLines() {
        PostalAddress address = new PostalAddress("Åsa Öberg", "", "Storgatan 1", "722 15", "Västerås", "");

        assertThat(PrintedAddress.lines(address)).hasSize(3).doesNotContain("");
    }
}
