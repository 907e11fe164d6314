package se.scb.dispatch.id;

import java.time.Clock;

/**
 * A Swedish organisation number (organisationsnummer) in canonical 12-digit form: {@code 16}
 * followed by the ten digits, e.g. {@code 162021005448}.
 *
 * <p>A record whose constructor rejects any invalid canonical form: the third and fourth digits
 * of the 10-digit form are 20 or more (that is what tells it from a person), and the first digit
 * is an assigned group number (1, 2, 3, 5, 6, 7, 8 or 9). A sole trader has no organisation
 * number; the owner's personnummer parses as a {@link PersonalIdentityNumber}.
 *
 * @param canonical {@code 16} and ten digits, no separator
 */
public record OrganisationNumber(String canonical) implements RecipientId {

    /** @throws InvalidRecipientIdException if the canonical form breaks a rule */
    public OrganisationNumber {
        CanonicalForm.requireValid(canonical, Kind.ORGANISATION_NUMBER);
    }

    /**
     * Parses any written form: 10 digits, or 12 with the {@code 16} prefix, with or without
     * {@code -}, with spaces. The clock is not needed for organisations and is accepted for
     * symmetry with the other kinds.
     *
     * @throws InvalidRecipientIdException if the text is invalid or is another kind of number
     */
    public static OrganisationNumber parse(String text, Clock clock) {
        return RecipientIdParser.parseAs(text, clock, Kind.ORGANISATION_NUMBER, OrganisationNumber.class);
    }

    /** As {@link #parse(String, Clock)}. */
    public static OrganisationNumber parse(String text) {
        return parse(text, Clock.system(SWEDEN));
    }

    /** The usual 11-character form without prefix, e.g. {@code 556000-0000}, as printed on letters. */
    public String shortFormatted() {
        return canonical.substring(2, 8) + "-" + canonical.substring(8);
    }

    @Override
    public Kind kind() {
        return Kind.ORGANISATION_NUMBER;
    }

    /**
     * The number whole, as organisations write it, e.g. {@code 556000-1234}: an organisation number is
     * public (the company register prints it) and not personal data, so nothing is hidden.
     */
    @Override
    public String masked() {
        return shortFormatted();
    }

    /** The number whole, e.g. {@code 556000-1234}; see {@link #masked()}. */
    @Override
    public String toString() {
        return masked();
    }
}
