package se.scb.dispatch.spi;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.template.RenderedMessage;

/** One rendered letter bound for paper. */
public record PaperLetter(String messageId, PostalAddress address, RenderedMessage message, Optional<String> caseId) {

    public PaperLetter {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(caseId, "caseId");
    }
}
