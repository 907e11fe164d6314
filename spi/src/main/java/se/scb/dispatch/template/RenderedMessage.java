package se.scb.dispatch.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A template filled in for one recipient: what an operator or the print house receives.
 * {@code toString} gives sizes only, as the filled-in content may hold personal data.
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

    /** The longest subject Mina meddelanden accepts, in characters. */
    public static final int MAX_SUBJECT_LENGTH = 255;

    public RenderedMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(supportInfo, "supportInfo");
    }

    /**
     * The limits that the filled-in content breaks, one sentence each; empty when it fits. The
     * subject may have at most {@value #MAX_SUBJECT_LENGTH} characters and the support text at most
     * {@value SupportInfo#MAX_TEXT_LENGTH}, counted as Unicode characters (code points) as in the
     * operators' XML schema.
     */
    public List<String> limitViolations() {
        List<String> violations = new ArrayList<>(2);
        checkLength("subject", subject, MAX_SUBJECT_LENGTH, violations);
        if (supportInfo.isPresent()) {
            checkLength("support text", supportInfo.get().text(), SupportInfo.MAX_TEXT_LENGTH, violations);
        }
        return violations.isEmpty() ? List.of() : List.copyOf(violations);
    }

    /**
     * The size of the message on the wire, in bytes. Bodies and attachments travel base64-encoded,
     * so each counts as {@code 4 * ceil(n / 3)} for its {@code n} bytes (UTF-8 for the bodies); the
     * subject and the support information travel as text and count as their UTF-8 bytes. The sender,
     * the language and the protocol's own envelope are left out: they are small and the same for
     * every letter, and each operator's limit is compared with this figure.
     */
    public long encodedSize() {
        long size = utf8Length(subject);
        size += text.map(body -> base64Length(utf8Length(body))).orElse(0L);
        size += html.map(body -> base64Length(utf8Length(body))).orElse(0L);
        for (Attachment attachment : attachments) {
            size += base64Length(attachment.size());
        }
        size += supportInfo.map(RenderedMessage::utf8Length).orElse(0L);
        return size;
    }

    @Override
    public String toString() {
        return "RenderedMessage[sender=" + sender.name()
                + ", subject=" + subject.length() + " chars"
                + ", text=" + text.map(body -> body.length() + " chars").orElse("none")
                + ", html=" + html.map(body -> body.length() + " chars").orElse("none")
                + ", attachments=" + attachments
                + ", language=" + language
                + ", supportInfo=" + supportInfo.map(SupportInfo::toString).orElse("none") + "]";
    }

    private static void checkLength(String what, String value, int limit, List<String> violations) {
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            violations.add("The " + what + " is " + length + " characters after rendering; the limit is " + limit + ".");
        }
    }

    private static long utf8Length(SupportInfo info) {
        return utf8Length(info.text()) + info.url().map(RenderedMessage::utf8Length).orElse(0L)
                + info.phone().map(RenderedMessage::utf8Length).orElse(0L)
                + info.email().map(RenderedMessage::utf8Length).orElse(0L);
    }

    /**
     * The length of {@code value.getBytes(UTF_8)}, counted without making the bytes (every row's
     * letter is measured). A lone surrogate counts 1, as the encoder writes it as {@code '?'}.
     */
    static long utf8Length(String value) {
        long length = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                length += 1;
            } else {
                length += 3;
            }
        }
        return length;
    }

    static long base64Length(long bytes) {
        return 4 * ((bytes + 2) / 3);
    }
}
