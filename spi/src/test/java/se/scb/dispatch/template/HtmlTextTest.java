package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void dropsTagsAndCollapsesWhitespace() {
        assertThat(HtmlText.toPlainText("Hej   <b>Åsa</b>,\n  <a href=\"x\">svara</a> här"))
                .isEqualTo("Hej Åsa, svara här");
    }

    @Test
    void paragraphsAreSeparatedByABlankLine_breaksStartANewLine() {
        assertThat(HtmlText.toPlainText("<h1>Enkät</h1><p>Hej Åsa,<br>välkommen!</p>\n<p>Mvh<br/>SCB</p>"))
                .isEqualTo("Enkät\n\nHej Åsa,\nvälkommen!\n\nMvh\nSCB");
    }

    @Test
    void listItemsGetADash() {
        assertThat(HtmlText.toPlainText("<p>Du behöver:</p><ul><li>ditt svar</li><li>en penna</li></ul><p>Tack</p>"))
                .isEqualTo("Du behöver:\n\n- ditt svar\n- en penna\n\nTack");
    }

    @Test
    void decodesCommonEntities() {
        assertThat(HtmlText.toPlainText("&lt;Svensson &amp; &quot;Son&#39;s&quot;&gt; &aring;&auml;&ouml; &#x263A;&nbsp;ok"))
                .isEqualTo("<Svensson & \"Son's\"> åäö ☺ ok");
    }

    @Test
    void keepsWhatIsNotMarkup() {
        assertThat(HtmlText.toPlainText("1 < 2 & 3 > 2 &okänt; &#xZZ;")).isEqualTo("1 < 2 & 3 > 2 &okänt; &#xZZ;");
    }

    @Test
    void dropsScriptsStylesCommentsAndTheHead() {
        String html = "<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head>"
                + "<body><!-- anteckning --><p>Hej</p><SCRIPT>alert(1)</SCRIPT></body></html>";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("Hej");
    }

    @Test
    void plainTextComesOutAsItWent() {
        assertThat(HtmlText.toPlainText("Hej Åsa")).isEqualTo("Hej Åsa");
        assertThat(HtmlText.toPlainText("")).isEmpty();
    }
}
