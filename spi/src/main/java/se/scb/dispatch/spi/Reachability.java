package se.scb.dispatch.spi;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;

/**
 * What a {@link RecipientDirectory} knows of one recipient.
 *
 * @param mailbox present exactly when {@code status} is {@link Status#REACHABLE}
 */
public record Reachability(RecipientId recipient, Status status, Optional<MailboxAddress> mailbox) {

    public Reachability {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mailbox, "mailbox");
        if ((status == Status.REACHABLE) != mailbox.isPresent()) {
            throw new IllegalArgumentException("A mailbox is given exactly when the status is REACHABLE, not for " + status);
        }
    }

    public static Reachability reachable(RecipientId recipient, MailboxAddress mailbox) {
        return new Reachability(recipient, Status.REACHABLE, Optional.of(mailbox));
    }

    public static Reachability unreachable(RecipientId recipient, Status status) {
        return new Reachability(recipient, status, Optional.empty());
    }

    /** The answers a directory can give. */
    public enum Status {
        /** Has a mailbox that accepts letters from this sender. */
        REACHABLE,
        /** Has no digital mailbox. */
        NO_MAILBOX,
        /** Has a mailbox but has blocked (not accepted) this sender. */
        SENDER_BLOCKED,
        /** Has started to open a mailbox that is not yet ready. */
        PENDING
    }
}
