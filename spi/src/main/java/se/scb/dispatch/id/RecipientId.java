package se.scb.dispatch.id;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Who a letter is for: a person (personnummer), a person without a personal identity number
 * (samordningsnummer) or an organisation (organisationsnummer).
 *
 * <p>Every implementation is a value: equal when the canonical 12-digit forms are equal, and
 * its {@code toString} masks the last four digits of a person's number, because that is personal data
 * (an organisation number is public and shown whole).
 * A sole trader (enskild firma) has no organisation number of its own and uses the owner's
 * personnummer, so it parses as a {@link PersonalIdentityNumber}.
 */
public sealed interface RecipientId permits PersonalIdentityNumber, CoordinationNumber, OrganisationNumber {

    /** The zone in which "today" is decided when a 10-digit number's century is inferred. */
    ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** The canonical form: twelve digits, no separator, e.g. {@code 191212121212}. */
    String canonical();

    /**
     * The form that may be shown in logs and reports: a personal identity or coordination number with its
     * last four digits hidden, e.g. {@code 19121212-****}; an organisation number whole (it is public).
     */
    default String masked() {
        return canonical().substring(0, 8) + "-****";
    }

    /**
     * The full number in the usual 13-character written form, e.g. {@code 19121212-1212}, for
     * protocols and letters. This is personal data: never log it; use {@link #masked()} instead.
     */
    default String formatted() {
        return canonical().substring(0, 8) + "-" + canonical().substring(8);
    }

    /** Which kind of number this is. */
    Kind kind();

    /**
     * Parses any common written form: 10 or 12 digits, with or without {@code -} or {@code +},
     * with spaces. The century of a 10-digit personal or coordination number comes from the
     * separator ({@code +} means 100 years or older) and today's date in Sweden.
     *
     * @throws InvalidRecipientIdException with a message that names what is wrong (and never the number)
     */
    static RecipientId parse(String text) {
        return parse(text, Clock.system(SWEDEN));
    }

    /** As {@link #parse(String)}, with "today" taken from the given clock. */
    static RecipientId parse(String text, Clock clock) {
        return RecipientIdParser.parse(text, clock);
    }

    /** The three kinds of Swedish identity number a letter can be addressed to. */
    enum Kind {
        PERSONAL_IDENTITY_NUMBER("personal identity number (personnummer)"),
        COORDINATION_NUMBER("coordination number (samordningsnummer)"),
        ORGANISATION_NUMBER("organisation number (organisationsnummer)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** A short English name for messages, e.g. "coordination number (samordningsnummer)". */
        public String description() {
            return description;
        }
    }
}
