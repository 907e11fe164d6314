package se.scb.dispatch.model;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;

/**
 * Where one row of the population ends, and why.
 *
 * @param row       the row number in the source (1 for the first data row)
 * @param recipient the recipient, when the row had a valid id
 * @param mailbox   the mailbox, for {@link Outcome#DIGITAL}
 * @param reason    the reason, for {@link Outcome#PAPER} and {@link Outcome#FAILED}
 * @param message   a sentence that says what happened and, for a failure, what to fix; never personal data
 */
public record RecipientOutcome(
        long row,
        Optional<RecipientId> recipient,
        Outcome outcome,
        Optional<MailboxAddress> mailbox,
        Optional<ReasonCode> reason,
        String message) {

    public RecipientOutcome {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if ((outcome == Outcome.DIGITAL) != mailbox.isPresent()) {
            throw new IllegalArgumentException("A mailbox is given exactly for DIGITAL outcomes");
        }
        if ((outcome == Outcome.DIGITAL) == reason.isPresent()) {
            throw new IllegalArgumentException("A reason is given exactly for PAPER and FAILED outcomes");
        }
        reason.ifPresent(code -> {
            if (code.outcome() != outcome) {
                throw new IllegalArgumentException(code + " belongs to " + code.outcome() + ", not " + outcome);
            }
        });
    }

    public static RecipientOutcome digital(long row, RecipientId recipient, MailboxAddress mailbox) {
        return new RecipientOutcome(row, Optional.of(recipient), Outcome.DIGITAL, Optional.of(mailbox), Optional.empty(),
                "Goes to the digital mailbox at " + mailbox.operatorName() + ".");
    }

    /** A PAPER or FAILED outcome; which one follows from the reason. */
    public static RecipientOutcome of(long row, Optional<RecipientId> recipient, ReasonCode reason, String message) {
        return new RecipientOutcome(row, recipient, reason.outcome(), Optional.empty(), Optional.of(reason), message);
    }

    /** The mailbox operator's id, for DIGITAL outcomes. */
    public Optional<String> operatorId() {
        return mailbox.map(MailboxAddress::operatorId);
    }

    @Override
    public String toString() {
        return "RecipientOutcome[row=" + row
                + ", recipient=" + recipient.map(RecipientId::masked).orElse("-")
                + ", outcome=" + outcome
                + operatorId().map(id -> ", operator=" + id).orElse("")
                + reason.map(code -> ", reason=" + code).orElse("")
                + "]";
    }
}
