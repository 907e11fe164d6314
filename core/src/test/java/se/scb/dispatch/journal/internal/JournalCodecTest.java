package se.scb.dispatch.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.model.SendingWindow;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.template.SupportInfo;
import se.scb.dispatch.template.TestPdfs;

class JournalCodecTest {

    @Test
    void aTemplateComesBackWholeAttachmentsIncluded() {
        byte[] pdf = TestPdfs.onePage();
        MessageTemplate template = MessageTemplate.builder()
                .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
                .subject("Inbjudan {{namn}}")
                .text("Hej {{namn|du}}")
                .html("<p>Hej {{namn}}</p>")
                .language("en")
                .supportInfo(new SupportInfo("Ring {{telefon}}", Optional.of("https://example.se"), Optional.of("010-100 00 00"), Optional.empty()))
                .attachment(Attachment.of("info.pdf", pdf))
                .build();

        MessageTemplate back = JournalCodec.template(JournalCodec.template(template));

        assertThat(back.sender()).isEqualTo(template.sender());
        assertThat(back.subject()).isEqualTo(template.subject());
        assertThat(back.text()).isEqualTo(template.text());
        assertThat(back.html()).isEqualTo(template.html());
        assertThat(back.language()).isEqualTo("en");
        assertThat(back.supportInfo()).isEqualTo(template.supportInfo());
        assertThat(back.attachments()).isEqualTo(template.attachments());
        assertThat(back.variables()).isEqualTo(template.variables());
    }

    @Test
    void optionsComeBackWithTheirSchedule() {
        DispatchOptions options = DispatchOptions.named("AKU v48").createdBy("anna").paperOnDigitalFailure(true)
                .schedule(Schedule.immediately().startingAt(Instant.parse("2026-12-01T07:00:00Z")).atMostPerMinute(600)
                        .within(SendingWindow.weekdays(9, 17)).inWaves(3, Duration.ofDays(2)))
                .paperIfUnansweredAfter(Duration.ofDays(10));

        assertThat(JournalCodec.options(JournalCodec.options(options))).isEqualTo(options);
        DispatchOptions plain = DispatchOptions.named("Enkel");
        assertThat(JournalCodec.options(JournalCodec.options(plain))).isEqualTo(plain);
        DispatchOptions followUp = options.reminderOf("d-1", 1, options.reminders().get(0));
        assertThat(JournalCodec.options(JournalCodec.options(followUp))).isEqualTo(followUp);
    }

    @Test
    void variablesKeepTheirOrderAndAddressesTheirFields() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("namn", "Åsa");
        variables.put("kod", "\"x\"");
        variables.put("tom", "");
        PostalAddress address = new PostalAddress("Åsa Öberg", "c/o Berg", "Storgatan 1", "123 45", "Växjö", "Sverige");

        assertThat(JournalCodec.variables(JournalCodec.variables(variables))).containsExactlyEntriesOf(variables);
        assertThat(JournalCodec.address(JournalCodec.address(address))).isEqualTo(address);
        assertThat(JournalCodec.variables((String) null)).isEmpty();
        assertThat(JournalCodec.address((String) null)).isEqualTo(PostalAddress.empty());
    }
}
