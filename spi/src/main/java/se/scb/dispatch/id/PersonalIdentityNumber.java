package se.scb.dispatch.id;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A Swedish personal identity number (personnummer) in canonical 12-digit form.
 *
 * <p>A record so that equality is the canonical form; the constructor checks everything that
 * does not depend on today's date (twelve digits, a real birth date, the check digit), so no
 * invalid instance can exist. Whether the birth date lies in the future is checked by
 * {@link #parse(String, Clock)}, because a value holds no clock.
 *
 * @param canonical twelve digits without separator, e.g. {@code 191212121212}
 */
public record PersonalIdentityNumber(String canonical) implements RecipientId {

    /** @throws InvalidRecipientIdException if the canonical form breaks a rule */
    public PersonalIdentityNumber {
        CanonicalForm.requireValid(canonical, Kind.PERSONAL_IDENTITY_NUMBER);
    }

    /**
     * Parses any written form that {@link RecipientId#parse(String, Clock)} accepts.
     *
     * @throws InvalidRecipientIdException if the text is invalid or is another kind of number
     */
    public static PersonalIdentityNumber parse(String text, Clock clock) {
        return RecipientIdParser.parseAs(text, clock, Kind.PERSONAL_IDENTITY_NUMBER, PersonalIdentityNumber.class);
    }

    /** As {@link #parse(String, Clock)}, with today's date in Sweden. */
    public static PersonalIdentityNumber parse(String text) {
        return parse(text, Clock.system(SWEDEN));
    }

    /** The date of birth. */
    public LocalDate birthDate() {
        return CanonicalForm.birthDate(canonical, kind());
    }

    @Override
    public Kind kind() {
        return Kind.PERSONAL_IDENTITY_NUMBER;
    }

    /** The masked form, e.g. {@code 19121212-****}; the full number is personal data. */
    @Override
    public String toString() {
        return masked();
    }
}
