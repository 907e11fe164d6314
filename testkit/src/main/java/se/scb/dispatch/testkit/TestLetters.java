package se.scb.dispatch.testkit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.template.SupportInfo;

/** Small, valid letters for tests, so a test states only what it cares about. */
public final class TestLetters {

    /** The sender of every test letter: Statistiska centralbyrån. */
    public static final Sender SENDER = new Sender(new OrganisationNumber("162021000837"), "Statistiska centralbyrån");

    private TestLetters() {
    }

    /** A Swedish plain-text and HTML message with the given subject, no attachments. */
    public static RenderedMessage message(String subject) {
        return new RenderedMessage(
                SENDER,
                subject,
                Optional.of("Hej! Det här är ett testbrev."),
                Optional.of("<p>Hej! Det här är ett testbrev.</p>"),
                List.of(),
                "sv",
                Optional.of(new SupportInfo("Frågor? Kontakta oss.", Optional.of("https://fake.invalid/support"), Optional.empty(), Optional.empty())));
    }

    /** A message with the subject "Testbrev". */
    public static RenderedMessage message() {
        return message("Testbrev");
    }

    /** A letter to a Kivra mailbox under a fresh message id. */
    public static Letter letter(RecipientId recipient) {
        return letter(newMessageId(), recipient);
    }

    /** A letter to a Kivra mailbox under the given message id. */
    public static Letter letter(String messageId, RecipientId recipient) {
        return letter(messageId, recipient, FakeMailboxes.at("kivra"));
    }

    /** A letter to the given mailbox under the given message id. */
    public static Letter letter(String messageId, RecipientId recipient, MailboxAddress mailbox) {
        return new Letter(messageId, recipient, mailbox, message(), Optional.empty());
    }

    /** A paper letter to a made-up address under the given message id. */
    public static PaperLetter paperLetter(String messageId) {
        PostalAddress address = new PostalAddress("Test Testsson", "", "Testgatan 1", "701 89", "Örebro", "");
        return new PaperLetter(messageId, address, message(), Optional.empty());
    }

    /** A message id no other call returns. */
    public static String newMessageId() {
        return "test-" + UUID.randomUUID();
    }
}
