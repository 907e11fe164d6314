package se.scb.dispatch.spi;

import java.util.Set;

/**
 * What a mailbox operator takes.
 *
 * @param maxMessageBytes   the largest message, bodies and attachments counted as base64
 * @param bodyContentTypes  the body types it takes, e.g. {@code text/plain}, {@code text/html}
 * @param attachmentTypes   the attachment types it takes, e.g. {@code application/pdf}
 * @param processEvents     the kinds of process event it can report (none: it is never polled)
 */
public record OperatorCapabilities(
        long maxMessageBytes,
        Set<String> bodyContentTypes,
        Set<String> attachmentTypes,
        Set<ProcessEvent.Kind> processEvents) {

    public OperatorCapabilities {
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive, was " + maxMessageBytes);
        }
        bodyContentTypes = Set.copyOf(bodyContentTypes);
        attachmentTypes = Set.copyOf(attachmentTypes);
        processEvents = Set.copyOf(processEvents);
    }
}
