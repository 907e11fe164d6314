package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.id.OrganisationNumber;

class MessageTemplateBuilderTest {

    @Test
    void buildsATemplateWithEveryPart() {
        Attachment attachment = Attachment.of("information.pdf", Fixtures.pdf());
        SupportInfo support = new SupportInfo("Frågor? Ring oss.", Optional.of("https://www.scb.se/lfu"),
                Optional.of("010-479 40 00"), Optional.of("lfu@scb.se"));

        MessageTemplate template = MessageTemplate.builder()
                .sender(Fixtures.SENDER)
                .subject("Välkommen till undersökningen")
                .text("Hej {{förnamn}}!")
                .html("<p>Hej {{förnamn}}!</p>")
                .attachment(attachment)
                .language("en")
                .supportInfo(support)
                .build();

        assertThat(template.sender()).isEqualTo(Fixtures.SENDER);
        assertThat(template.subject()).isEqualTo("Välkommen till undersökningen");
        assertThat(template.text()).contains("Hej {{förnamn}}!");
        assertThat(template.html()).contains("<p>Hej {{förnamn}}!</p>");
        assertThat(template.attachments()).containsExactly(attachment);
        assertThat(template.language()).isEqualTo("en");
        assertThat(template.supportInfo()).contains(support);
    }

    @Test
    void theLanguageIsSwedishUnlessSet() {
        assertThat(Fixtures.minimal().build().language()).isEqualTo("sv");
    }

    @Test
    void listsEveryProblemAsASentence() {
        MessageTemplate.Builder builder = MessageTemplate.builder().subject(" ").language("Swedish");

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "body is missing: give a text body, an HTML body or both.",
                        "language must be a language code such as sv or en.",
                        "sender must not be null.",
                        "subject must not be blank."))
                .hasMessageStartingWith("Invalid message template: body is missing");
    }

    @Test
    void checksTheSenderAndTheSupportInfoToo() {
        MessageTemplate.Builder builder = Fixtures.minimal()
                .sender(new Sender(null, "x".repeat(257)))
                .supportInfo(new SupportInfo("", Optional.of("u".repeat(256)), Optional.empty(), Optional.of("not-an-address")));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "sender.name must be at most 256 characters.",
                        "sender.organisationNumber must not be null.",
                        "supportInfo.email must be an email address.",
                        "supportInfo.url must be at most 255 characters."));
    }

    @Test
    void aBlankBodyCountsAsNone() {
        MessageTemplate template = Fixtures.minimal().text("  ").html("<p>Hej</p>").build();

        assertThat(template.text()).isEmpty();
        assertThatThrownBy(() -> Fixtures.minimal().text(" \n").build())
                .hasMessageContaining("body is missing");
    }

    @Test
    void isNotChangedByLaterUseOfItsBuilder() {
        MessageTemplate.Builder builder = Fixtures.minimal();
        MessageTemplate template = builder.build();

        builder.subject("Ett annat ämne").attachment(Attachment.of("a.pdf", Fixtures.pdf()));

        assertThat(template.subject()).isEqualTo("Enkät om arbetsmarknaden");
        assertThat(template.attachments()).isEmpty();
    }

    @Test
    void toStringShowsSizesNotContent() {
        MessageTemplate template = Fixtures.minimal()
                .sender(new Sender(new OrganisationNumber("162021005489"), "SCB"))
                .text("Hej {{namn}}, svara senast 1 mars.")
                .build();

        assertThat(template.toString())
                .contains("subject=24 chars", "text=34 chars", "variables=[namn]")
                .doesNotContain("Enkät", "svara");
    }
}
