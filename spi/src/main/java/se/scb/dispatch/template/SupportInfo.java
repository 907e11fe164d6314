package se.scb.dispatch.template;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Where a recipient can ask about the letter. Every field may be empty; the text may hold
 * placeholders and is limited to {@value #MAX_TEXT_LENGTH} characters after rendering (see
 * {@link RenderedMessage#limitViolations()}). The url, phone and email are used as written, and
 * their limits are checked when a {@link MessageTemplate} is built.
 *
 * <p>A {@code null} text counts as empty and a {@code null} optional as absent.
 * {@code toString} gives the text's length only, as a rendered text may hold personal data.
 */
public record SupportInfo(
        String text,
        Optional<@Size(max = SupportInfo.MAX_FIELD_LENGTH, message = "must be at most {max} characters") String> url,
        Optional<@Size(max = SupportInfo.MAX_FIELD_LENGTH, message = "must be at most {max} characters") String> phone,
        Optional<@Email(message = "must be an email address")
                 @Size(max = SupportInfo.MAX_FIELD_LENGTH, message = "must be at most {max} characters") String> email) {

    /** The longest support text Mina meddelanden accepts. */
    public static final int MAX_TEXT_LENGTH = 1024;

    /** The longest url, phone number or email address Mina meddelanden accepts. */
    public static final int MAX_FIELD_LENGTH = 255;

    public SupportInfo {
        text = text == null ? "" : text;
        url = url == null ? Optional.empty() : url;
        phone = phone == null ? Optional.empty() : phone;
        email = email == null ? Optional.empty() : email;
    }

    /** Support information with a text only. */
    public static SupportInfo of(String text) {
        return new SupportInfo(text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same information with this text, e.g. after its placeholders are filled in. */
    public SupportInfo withText(String newText) {
        return new SupportInfo(newText, url, phone, email);
    }

    @Override
    public String toString() {
        return "SupportInfo[text=" + text.length() + " chars, url=" + url.orElse("none")
                + ", phone=" + phone.orElse("none") + ", email=" + email.orElse("none") + "]";
    }
}
