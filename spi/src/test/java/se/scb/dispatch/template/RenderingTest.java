package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderingTest {

    private final MessageTemplate template = MessageTemplate.builder()
            .sender(Fixtures.SENDER)
            .subject("{{undersökning}} för {{förnamn}}")
            .text("Hej {{förnamn}} {{efternamn}}! Svara senast {{datum|31 mars}}.")
            .html("<p>Hej {{förnamn}} på {{företag}}</p>")
            .attachment(Attachment.of("info.pdf", Fixtures.pdf()))
            .supportInfo(new SupportInfo("Frågor om {{undersökning}}? Ring {{telefon}}.",
                    Optional.of("https://www.scb.se"), Optional.empty(), Optional.empty()))
            .build();

    @Test
    void variablesAreNamedInOrderOfFirstUseAcrossTheFields() {
        assertThat(template.variables())
                .containsExactly("undersökning", "förnamn", "efternamn", "datum", "företag", "telefon");
    }

    @Test
    void fillsInEveryField() {
        RenderResult result = template.render(Map.of("undersökning", "AKU", "förnamn", "Åsa",
                "efternamn", "Öberg", "företag", "Bygg AB", "telefon", "010-479 40 00"));

        assertThat(result.isRendered()).isTrue();
        assertThat(result.missingVariables()).isEmpty();
        RenderedMessage message = result.message();
        assertThat(message.subject()).isEqualTo("AKU för Åsa");
        assertThat(message.text()).contains("Hej Åsa Öberg! Svara senast 31 mars.");
        assertThat(message.html()).contains("<p>Hej Åsa på Bygg AB</p>");
        assertThat(message.supportInfo().map(SupportInfo::text)).contains("Frågor om AKU? Ring 010-479 40 00.");
        assertThat(message.supportInfo().flatMap(SupportInfo::url)).contains("https://www.scb.se");
        assertThat(message.sender()).isEqualTo(Fixtures.SENDER);
        assertThat(message.attachments()).isEqualTo(template.attachments());
        assertThat(message.language()).isEqualTo("sv");
    }

    @Test
    void missingAndBlankValuesWithoutADefaultFailTheRowInOrderOfFirstUse() {
        Map<String, String> row = new HashMap<>();
        row.put("förnamn", "Åsa");
        row.put("efternamn", "  ");
        row.put("företag", null);

        RenderResult result = template.render(row);

        assertThat(result.isRendered()).isFalse();
        assertThat(result.missingVariables()).containsExactly("undersökning", "efternamn", "företag", "telefon");
        assertThatThrownBy(result::message).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDefaultIsUsedWhenTheValueIsMissingOrBlank_andTheValueWhenGiven() {
        MessageTemplate withDefault = Fixtures.minimal().text("Senast {{datum|31 mars}}.").build();

        assertThat(withDefault.render(Map.of()).message().text()).contains("Senast 31 mars.");
        assertThat(withDefault.render(Map.of("datum", " ")).message().text()).contains("Senast 31 mars.");
        assertThat(withDefault.render(Map.of("datum", "1 april")).message().text()).contains("Senast 1 april.");
    }

    @Test
    void valuesAreEscapedInTheHtmlBodyOnly() {
        MessageTemplate both = Fixtures.minimal()
                .subject("Till {{företag}}")
                .text("Till {{företag}}")
                .html("<p title=\"{{företag}}\">Till <b>{{företag}}</b></p>")
                .build();

        RenderedMessage message = both.render(Map.of("företag", "<Svensson & \"Son's\">")).message();

        assertThat(message.html()).contains(
                "<p title=\"&lt;Svensson &amp; &quot;Son&#39;s&quot;&gt;\">Till <b>&lt;Svensson &amp; &quot;Son&#39;s&quot;&gt;</b></p>");
        assertThat(message.text()).contains("Till <Svensson & \"Son's\">");
        assertThat(message.subject()).isEqualTo("Till <Svensson & \"Son's\">");
    }

    @Test
    void aDefaultInTheHtmlBodyIsTheTemplatesOwnMarkup() {
        MessageTemplate html = Fixtures.minimal().html("<p>{{hälsning|Hej &amp; <i>välkommen</i>}}</p>").build();

        assertThat(html.render(Map.of()).message().html()).contains("<p>Hej &amp; <i>välkommen</i></p>");
    }

    @Test
    void aTemplateWithoutPlaceholdersRendersAsWritten() {
        MessageTemplate plain = Fixtures.minimal().build();

        assertThat(plain.variables()).isEmpty();
        assertThat(plain.render(Map.of("oanvänd", "x")).message().text()).contains("Hej!");
    }

    @Test
    void theRenderedMessagesToStringHoldsNoValues() {
        RenderedMessage message = template.render(Map.of("undersökning", "AKU", "förnamn", "Åsa",
                "efternamn", "Öberg", "företag", "Bygg AB", "telefon", "010-479 40 00")).message();

        assertThat(message.toString())
                .contains("subject=11 chars", "info.pdf")
                .doesNotContain("Åsa", "Öberg", "Bygg", "479");
    }
}
