package se.scb.dispatch.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;

/**
 * What a {@link RecipientDirectory} knows of one recipient.
 *
 * @param mailbox                 the account's operator and where it takes deliveries: always given when
 *                                {@code status} is {@link Status#REACHABLE}, given for {@link Status#SENDER_BLOCKED}
 *                                and {@link Status#PENDING} when the directory names the operator (so reports can say
 *                                at which operator recipients blocked the sender), never for {@link Status#NO_MAILBOX}
 * @param senderAcceptChangedAt   when the recipient last accepted or blocked this sender, when the directory says
 *                                (Mina meddelanden's {@code LastSenderAcceptChange})
 */
public record Reachability(RecipientId recipient, Status status, Optional<MailboxAddress> mailbox, Optional<Instant> senderAcceptChangedAt) {

    public Reachability {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(senderAcceptChangedAt, "senderAcceptChangedAt");
        if (status == Status.REACHABLE && mailbox.isEmpty()) {
            throw new IllegalArgumentException("A REACHABLE recipient needs the mailbox letters go to");
        }
        if (status == Status.NO_MAILBOX && mailbox.isPresent()) {
            throw new IllegalArgumentException("A recipient without a mailbox has no mailbox operator");
        }
    }

    /** An answer without the time of the sender's acceptance. */
    public Reachability(RecipientId recipient, Status status, Optional<MailboxAddress> mailbox) {
        this(recipient, status, mailbox, Optional.empty());
    }

    public static Reachability reachable(RecipientId recipient, MailboxAddress mailbox) {
        return new Reachability(recipient, Status.REACHABLE, Optional.of(mailbox));
    }

    /** An answer that is not REACHABLE, with no operator named. */
    public static Reachability unreachable(RecipientId recipient, Status status) {
        return new Reachability(recipient, status, Optional.empty());
    }

    /** A recipient whose account at {@code operator} does not accept this sender, {@code since} when if known. */
    public static Reachability blocked(RecipientId recipient, MailboxAddress operator, Optional<Instant> since) {
        return new Reachability(recipient, Status.SENDER_BLOCKED, Optional.of(operator), since);
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
