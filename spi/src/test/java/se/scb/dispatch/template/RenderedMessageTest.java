package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderedMessageTest {

    private static RenderedMessage message(String subject, Optional<SupportInfo> supportInfo) {
        return new RenderedMessage(Fixtures.SENDER, subject, Optional.of("Hej"), Optional.empty(), List.of(), "sv",
                supportInfo);
    }

    @Test
    void aSubjectOf255CharactersFits_256DoesNot() {
        assertThat(message("a".repeat(255), Optional.empty()).limitViolations()).isEmpty();
        assertThat(message("a".repeat(256), Optional.empty()).limitViolations())
                .containsExactly("The subject is 256 characters after rendering; the limit is 255.");
    }

    @Test
    void lengthsAreCountedInCharactersNotBytesOrUtf16Units() {
        assertThat(message("ö".repeat(255), Optional.empty()).limitViolations()).isEmpty();
        assertThat(message("😀".repeat(255), Optional.empty()).limitViolations()).isEmpty();
    }

    @Test
    void aSupportTextOf1024CharactersFits_1025DoesNot() {
        assertThat(message("Ämne", Optional.of(SupportInfo.of("s".repeat(1024)))).limitViolations()).isEmpty();
        assertThat(message("Ämne", Optional.of(SupportInfo.of("s".repeat(1025)))).limitViolations())
                .containsExactly("The support text is 1025 characters after rendering; the limit is 1024.");
    }

    @Test
    void limitsAreCheckedOnTheRenderedText() {
        MessageTemplate template = Fixtures.minimal()
                .subject("Till {{namn}}")
                .supportInfo(SupportInfo.of("{{info}}"))
                .build();

        RenderedMessage message = template.render(Map.of("namn", "x".repeat(300), "info", "y".repeat(2000))).message();

        assertThat(message.limitViolations()).containsExactly(
                "The subject is 305 characters after rendering; the limit is 255.",
                "The support text is 2000 characters after rendering; the limit is 1024.");
    }

    @Test
    void encodedSizeCountsBodiesAndAttachmentsAsBase64_andTheRestAsUtf8() {
        byte[] pdf = Fixtures.pdf();
        String text = "Hej Åsa!";
        String html = "<p>Hej Åsa!</p>";
        SupportInfo support = new SupportInfo("Ring oss", Optional.of("https://scb.se"), Optional.of("010"),
                Optional.empty());
        RenderedMessage message = new RenderedMessage(Fixtures.SENDER, "Ämne", Optional.of(text), Optional.of(html),
                List.of(Attachment.of("a.pdf", pdf)), "sv", Optional.of(support));

        long expected = utf8("Ämne")
                + base64(text.getBytes(StandardCharsets.UTF_8))
                + base64(html.getBytes(StandardCharsets.UTF_8))
                + base64(pdf)
                + utf8("Ring oss") + utf8("https://scb.se") + utf8("010");
        assertThat(message.encodedSize()).isEqualTo(expected);
    }

    @Test
    void base64LengthRoundsUpToWholeGroupsOfFour() {
        assertThat(RenderedMessage.base64Length(0)).isZero();
        assertThat(RenderedMessage.base64Length(1)).isEqualTo(4);
        assertThat(RenderedMessage.base64Length(3)).isEqualTo(4);
        assertThat(RenderedMessage.base64Length(4)).isEqualTo(8);
    }

    @Test
    void utf8LengthIsTheLengthOfTheEncodedBytes() {
        for (String text : new String[] {"", "Hej", "Åsa Öberg", "€ 100", "😀 och 𝄞", "lone \uD83D high", "lone \uDE00 low", "end \uD83D"}) {
            assertThat(RenderedMessage.utf8Length(text)).as("%s", text).isEqualTo(utf8(text));
        }
    }

    private static long base64(byte[] bytes) {
        return Base64.getEncoder().encode(bytes).length;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
