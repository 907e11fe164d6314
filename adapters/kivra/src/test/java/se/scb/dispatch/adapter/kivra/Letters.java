package se.scb.dispatch.adapter.kivra;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.testkit.TestLetters;

/** Letters with exactly the bodies and attachments a test needs, to Kivra's mailbox. */
final class Letters {

    static final Attachment PDF = Attachment.of("enkat.pdf", "%PDF-1.7 a small questionnaire".getBytes(StandardCharsets.US_ASCII));

    private Letters() {
    }

    static Letter letter(String messageId, RecipientId recipient, Optional<String> text, Optional<String> html, List<Attachment> attachments) {
        RenderedMessage message = new RenderedMessage(TestLetters.SENDER, "Enkät om boende", text, html, attachments, "sv", Optional.empty());
        return new Letter(messageId, recipient, KivraRecipientDirectory.MAILBOX, message, Optional.empty());
    }

    static Letter htmlAndText(String messageId, RecipientId recipient) {
        return letter(messageId, recipient, Optional.of("Hej! Svara senast 1 maj."), Optional.of("<p>Hej! Svara senast <b>1 maj</b>.</p>"),
                List.of(PDF));
    }
}
