package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderTest {

    private static String renderText(String text, Map<String, String> values) {
        return Fixtures.minimal().text(text).build().render(values).message().text().orElseThrow();
    }

    @Test
    void namesMayHoldUnicodeLettersDigitsAndUnderscores() {
        String text = "Hej {{förnamn}} {{efternamn_2}}, {{Ålder}} år, {{名前}}";

        assertThat(renderText(text, Map.of("förnamn", "Åsa", "efternamn_2", "Öberg", "Ålder", "42", "名前", "x")))
                .isEqualTo("Hej Åsa Öberg, 42 år, x");
    }

    @Test
    void whitespaceInsideTheBracesIsIgnored() {
        assertThat(renderText("Hej {{ förnamn }}!{{\tort |  Solna  }}", Map.of("förnamn", "Åsa")))
                .isEqualTo("Hej Åsa!Solna");
    }

    @Test
    void aDefaultIsTheTextAfterTheBar() {
        assertThat(renderText("Kära {{namn|mottagare}}.", Map.of())).isEqualTo("Kära mottagare.");
    }

    @Test
    void anEmptyDefaultMakesTheVariableOptional() {
        assertThat(renderText("Hej{{titel|}} {{namn}}", Map.of("namn", "Åsa"))).isEqualTo("Hej Åsa");
    }

    @Test
    void aDefaultMayHoldBarsAndSingleBraces() {
        assertThat(renderText("{{x|a|b {c}}}", Map.of())).isEqualTo("a|b {c}");
    }

    @Test
    void singleBracesAndLoneClosingBracesAreText() {
        assertThat(renderText("{a} }} {b}", Map.of())).isEqualTo("{a} }} {b}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{na-me}}", "{{ för namn }}", "{{namn!}}"})
    void aNameWithOtherCharactersIsAnError(String placeholder) {
        assertThatThrownBy(() -> Fixtures.minimal().text("Hej " + placeholder).build())
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'" + placeholder + "' in the text at line 1, column 5")
                .hasMessageContaining("characters other than letters, digits and _");
    }

    @Test
    void anEmptyNameIsAnError() {
        assertThatThrownBy(() -> Fixtures.minimal().subject("Om {{ |x}}").build())
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'{{ |x}}' in the subject at line 1, column 4 has no variable name");
    }

    @Test
    void anUnclosedPlaceholderNamesFieldLineAndColumn() {
        String html = "<p>Hej</p>\n<p>Du är {{namn</p>\n<p>Mvh</p>";

        assertThatThrownBy(() -> Fixtures.minimal().html(html).build())
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'{{namn</p>...' in the html at line 2, column 10 has no closing }}");
    }

    @Test
    void aPlaceholderOpenedInsideAnotherIsAnError() {
        assertThatThrownBy(() -> Fixtures.minimal().text("{{a {{b}}").build())
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("column 1 has no closing }} before the next {{");
    }

    @Test
    void theSupportTextIsCheckedToo() {
        assertThatThrownBy(() -> Fixtures.minimal().supportInfo(SupportInfo.of("Ring {{telefon")).build())
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("in the supportInfo.text at line 1, column 6");
    }
}
