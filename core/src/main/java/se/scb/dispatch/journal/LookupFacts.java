package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.Reachability.Status;

/**
 * What the recipient directory said of a letter's recipient when the letter was planned, kept with the letter
 * so reports can count blocked recipients by operator. It names no one: a purge keeps it.
 *
 * @param status                the directory's answer
 * @param operator              the account's operator: for a reachable recipient, and for a blocked or pending
 *                              account when the directory named it
 * @param senderAcceptChangedAt when the recipient last accepted or blocked the sender, when the directory said
 */
public record LookupFacts(Status status, Optional<MailboxAddress> operator, Optional<Instant> senderAcceptChangedAt) {

    public LookupFacts {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(senderAcceptChangedAt, "senderAcceptChangedAt");
    }

    /** The facts of a directory's answer, without whom it was about. */
    public static LookupFacts of(Reachability answer) {
        return new LookupFacts(answer.status(), answer.mailbox(), answer.senderAcceptChangedAt());
    }
}
