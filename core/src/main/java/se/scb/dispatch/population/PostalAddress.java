package se.scb.dispatch.population;

import java.util.Optional;

/**
 * A postal address as the source system gave it. Fields are trimmed; an absent field is an empty
 * string, never {@code null}. {@code country} is empty when the source has no country column, which
 * means Sweden.
 */
public record PostalAddress(String name, String careOf, String street, String postalCode, String city, String country) {

    public PostalAddress {
        name = clean(name);
        careOf = clean(careOf);
        street = clean(street);
        postalCode = clean(postalCode);
        city = clean(city);
        country = clean(country);
    }

    /** An address with every field empty. */
    public static PostalAddress empty() {
        return new PostalAddress("", "", "", "", "", "");
    }

    public Optional<String> careOfLine() {
        return careOf.isEmpty() ? Optional.empty() : Optional.of(careOf);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        // An address is personal data too: name and street stay out of logs.
        return "PostalAddress[postalCode=" + postalCode + ", city=" + city + ", country=" + country + "]";
    }
}
