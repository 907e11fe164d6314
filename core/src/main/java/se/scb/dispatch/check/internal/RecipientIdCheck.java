package se.scb.dispatch.check.internal;

import java.time.Clock;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationRow;

/** The recipient id check: the row's id column holds a valid personal identity, coordination or organisation number. */
final class RecipientIdCheck {

    private RecipientIdCheck() {
    }

    /**
     * The row's recipient.
     *
     * @throws InvalidRecipientIdException with a message that never repeats the digits
     */
    static RecipientId recipientOf(PopulationRow row, Clock clock) {
        if (row.recipientIdText().isEmpty()) {
            throw new InvalidRecipientIdException("The row has no recipient id.");
        }
        return RecipientId.parse(row.recipientIdText(), clock);
    }
}
