package se.scb.dispatch.testkit.logging;

import java.util.List;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;

/** The ways an identity number is commonly written out in full, to look for in text that must not hold it. */
public final class UnmaskedForms {

    private UnmaskedForms() {
    }

    /**
     * The forms of a personal identity or coordination number (an organisation number has none to hide):
     * {@code 19121212-1212}, {@code 191212121212}, {@code 121212-1212}, {@code 121212+1212} and
     * {@code 1212121212}: longest first, so that {@link #mask} replaces a whole form before a part of it.
     */
    public static List<String> of(RecipientId id) {
        if (id instanceof OrganisationNumber) {
            // Public, not personal data: shown whole on purpose, so there is no unmasked form to look for.
            return List.of();
        }
        String canonical = id.canonical();
        String tenDigits = canonical.substring(2);
        String lastFour = canonical.substring(8);
        return List.of(
                canonical.substring(0, 8) + "-" + lastFour,
                canonical,
                tenDigits.substring(0, 6) + "-" + lastFour,
                tenDigits.substring(0, 6) + "+" + lastFour,
                tenDigits);
    }

    /** Whether the text holds the id in any unmasked form. */
    public static boolean appearIn(String text, RecipientId id) {
        return containsAny(text, of(id));
    }

    static boolean containsAny(String text, List<String> forms) {
        return forms.stream().anyMatch(text::contains);
    }

    /** The text with every unmasked form of the id replaced by its masked form. */
    public static String mask(String text, RecipientId id) {
        String masked = text;
        for (String form : of(id)) {
            masked = masked.replace(form, id.masked());
        }
        return masked;
    }
}
