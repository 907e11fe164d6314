package se.scb.dispatch.check.internal;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.scb.dispatch.model.PostalAddress;

class AddressCheckTest {

    private static PostalAddress address(String name, String street, String postalCode, String city, String country) {
        return new PostalAddress(name, "", street, postalCode, city, country);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "123 45", " 701 89 "})
    void acceptsBothWaysOfWritingASwedishPostalCode(String postalCode) {
        assertThat(AddressCheck.problem(address("Åsa Öberg", "Storgatan 1", postalCode, "Örebro", ""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "123456", "12-345", "SE-12345", "abcde", "1234 5"})
    void rejectsOtherSwedishPostalCodes(String postalCode) {
        assertThat(AddressCheck.problem(address("Åsa Öberg", "Storgatan 1", postalCode, "Örebro", "Sverige")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("postal code"));
    }

    @Test
    void doesNotCheckPostalCodesAbroad() {
        assertThat(AddressCheck.problem(address("Ola Nordmann", "Karl Johans gate 1", "0154", "Oslo", "Norge"))).isEmpty();
        assertThat(AddressCheck.problem(address("Jane Doe", "1 Main St", "SW1A 1AA", "London", "GB"))).isEmpty();
    }

    @Test
    void namesEveryMissingPart() {
        assertThat(AddressCheck.problem(address("", "", "12345", "", "")))
                .hasValue("Bound for paper, but the address has no name, street and city.");
        assertThat(AddressCheck.problem(address("A", "B", "", "C", ""))).hasValue("Bound for paper, but the address has no postal code.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SE", "se", "SWE", "Sverige", "Sweden"})
    void treatsTheUsualNamesOfSwedenAsSweden(String country) {
        assertThat(address("A", "B", "12345", "C", country).isSwedish()).isTrue();
    }
}
