package se.scb.dispatch.id;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A Swedish coordination number (samordningsnummer) in canonical 12-digit form: like a
 * personal identity number, with 60 added to the day of birth.
 *
 * <p>A record for the same reasons as {@link PersonalIdentityNumber}; its constructor rejects any
 * invalid canonical form. A day of exactly 60 (birth day unknown) is rejected, because
 * {@link #birthDate()} must be a real date.
 *
 * @param canonical twelve digits without separator, e.g. {@code 191212721216}
 */
public record CoordinationNumber(String canonical) implements RecipientId {

    /** @throws InvalidRecipientIdException if the canonical form breaks a rule */
    public CoordinationNumber {
        CanonicalForm.requireValid(canonical, Kind.COORDINATION_NUMBER);
    }

    /**
     * Parses any written form that {@link RecipientId#parse(String, Clock)} accepts.
     *
     * @throws InvalidRecipientIdException if the text is invalid or is another kind of number
     */
    public static CoordinationNumber parse(String text, Clock clock) {
        return RecipientIdParser.parseAs(text, clock, Kind.COORDINATION_NUMBER, CoordinationNumber.class);
    }

    /** As {@link #parse(String, Clock)}, with today's date in Sweden. */
    public static CoordinationNumber parse(String text) {
        return parse(text, Clock.system(SWEDEN));
    }

    /** The date of birth: the written day minus 60. */
    public LocalDate birthDate() {
        return CanonicalForm.birthDate(canonical, kind());
    }

    @Override
    public Kind kind() {
        return Kind.COORDINATION_NUMBER;
    }

    /** The masked form, e.g. {@code 19121272-****}; the full number is personal data. */
    @Override
    public String toString() {
        return masked();
    }
}
