package se.scb.dispatch.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * Something an operator tells about a letter after it was handed over: delivered, opened, an
 * attachment opened, the recipient notified, reminded by the operator … The core keeps one event of
 * each kind per letter, the earliest, so an operator may hand over the same event again, or events
 * out of order, without changing anything.
 *
 * @param eventId   the operator's own id of the event, for tracing it back; unique within the operator
 * @param messageId the letter's message id, as in {@link Letter#messageId()}
 * @param at        when it happened, by the operator's clock
 * @param detail    what the kind needs besides: the attachment's name for {@link Kind#ATTACHMENT_OPENED}, the
 *                  channel ({@code sms}, {@code email}, {@code push}) for {@link Kind#NOTIFIED}; empty otherwise
 */
public record ProcessEvent(String eventId, String messageId, Kind kind, Instant at, String detail) {

    public ProcessEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }

    /** An event that needs no detail. */
    public static ProcessEvent of(String eventId, String messageId, Kind kind, Instant at) {
        return new ProcessEvent(eventId, messageId, kind, at, "");
    }

    /**
     * The process facts operators can give, each operator only some of them ({@link OperatorCapabilities#processEvents()}).
     * Mina meddelanden's v3 schemas define distribution status and read receipts on services whose WSDLs are not
     * public yet; an adapter that gets them maps them here.
     */
    public enum Kind {
        /** The letter is in the recipient's mailbox. */
        DELIVERED,
        /** The recipient opened the letter. */
        OPENED,
        /** The recipient opened an attachment; the detail names it. */
        ATTACHMENT_OPENED,
        /** The operator told the recipient a letter came; the detail is the channel: sms, email or push. */
        NOTIFIED,
        /** The operator reminded the recipient of an unopened letter. */
        OPERATOR_REMINDER,
        /** The recipient blocked this sender after the letter was delivered. */
        SENDER_BLOCKED,
        /** The letter was taken back or lost after it had been delivered (mailbox closed, bounced). */
        FAILED_AFTER_DELIVERY,
        /** The recipient went from the letter straight into the linked service (the questionnaire) with single sign-on. */
        SINGLE_SIGN_ON
    }
}
