package se.scb.dispatch.template;

import java.util.List;
import java.util.Optional;

/**
 * A template filled in for one recipient: what an operator or the print house receives.
 *
 * @param text plain-text body, if the template has one
 * @param html HTML body with every value escaped, if the template has one
 */
public record RenderedMessage(
        Sender sender,
        String subject,
        Optional<String> text,
        Optional<String> html,
        List<Attachment> attachments,
        String language,
        Optional<SupportInfo> supportInfo) {

    /** STUB: the size on the wire, counting base64 for bodies and attachments. */
    public long encodedSize() {
        throw new UnsupportedOperationException("stub");
    }

    /** STUB */
    public List<String> limitViolations() {
        throw new UnsupportedOperationException("stub");
    }
}
