package se.scb.dispatch.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A postal address as the source system gave it. Fields are trimmed; an absent field is an empty
 * string, never {@code null}. {@code country} is empty when the source has no country column, which
 * means Sweden.
 */
public record PostalAddress(String name, String careOf, String street, String postalCode, String city, String country) {

    /** What source systems write for Sweden; an empty country also means Sweden. */
    private static final Set<String> SWEDEN = Set.of("", "se", "swe", "sverige", "sweden");

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

    /** Whether the address is in Sweden: no country, or one of the ways source systems write Sweden. */
    public boolean isSwedish() {
        return SWEDEN.contains(country.toLowerCase(Locale.ROOT));
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
