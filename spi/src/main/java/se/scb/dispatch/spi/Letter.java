package se.scb.dispatch.spi;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.template.RenderedMessage;

/**
 * One rendered letter on its way to a digital mailbox.
 *
 * @param messageId the same on every attempt for this dispatch and recipient, so an operator can
 *                  recognise a repeat and drop it
 */
public record Letter(String messageId, RecipientId recipient, MailboxAddress mailbox, RenderedMessage message, Optional<String> caseId) {

    public Letter {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(caseId, "caseId");
    }

    @Override
    public String toString() {
        return "Letter[messageId=" + messageId + ", recipient=" + recipient.masked() + ", operator=" + mailbox.operatorId() + "]";
    }
}
