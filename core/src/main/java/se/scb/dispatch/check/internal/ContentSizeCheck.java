package se.scb.dispatch.check.internal;

import java.util.List;
import java.util.Optional;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.template.RenderedMessage;

/** The content check for digital letters: the protocol's limits on subject and support text, and the operator's largest message. */
final class ContentSizeCheck {

    private ContentSizeCheck() {
    }

    /** The problem with the rendered letter as a digital message, as a sentence, or empty when it fits. */
    static Optional<String> problem(RenderedMessage message, OperatorCapabilities capabilities) {
        List<String> violations = message.limitViolations();
        if (!violations.isEmpty()) {
            return Optional.of(String.join(" ", violations));
        }
        long size = message.encodedSize();
        if (size > capabilities.maxMessageBytes()) {
            return Optional.of("The letter is " + size + " bytes encoded; the operator takes at most " + capabilities.maxMessageBytes() + ".");
        }
        return Optional.empty();
    }
}
