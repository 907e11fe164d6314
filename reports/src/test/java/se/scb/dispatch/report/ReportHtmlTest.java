package se.scb.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The HTML: the JSON's numbers, escaped text, self-contained, in Swedish and English. */
class ReportHtmlTest {

    private static ReportFixture fixture;
    private static DispatchReport report;

    @BeforeAll
    static void send() {
        fixture = new ReportFixture();
        report = fixture.fullReport();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void everyNumberInTheHtmlEqualsTheJsons(ReportLanguage language) throws Exception {
        JsonNode json = DispatchReportTest.MAPPER.readTree(report.toJson());
        String html = report.toHtml(language);

        List<HtmlNumbers.Shown> numbers = HtmlNumbers.of(html, language);

        assertThat(numbers).as("the tables' and the charts' numbers").hasSizeGreaterThan(150);
        for (HtmlNumbers.Shown number : numbers) {
            JsonNode figure = json.at(number.pointer());
            assertThat(figure.isNumber()).as("%s ('%s') is a number of the JSON", number.pointer(), number.text()).isTrue();
            assertThat(number.value()).as("%s ('%s')", number.pointer(), number.text()).isEqualByComparingTo(figure.decimalValue());
        }
        assertThat(numbers).extracting(HtmlNumbers.Shown::pointer).contains("/cost/perResponse", "/experiment/comparisons/0/pValue",
                "/experiment/arms/1/ci95/1", "/coverage/groups/5/share", "/process/timeToResponse/histogram/4/letters");
        assertThat(html.split("<td class='num'", -1)).as("every number cell names its figure")
                .allSatisfy(cell -> assertThat(cell.startsWith(" data-json=") || !cell.startsWith(">")).isTrue());
    }

    @Test
    void swedishWritesDecimalCommasAndSwedishWordsEnglishPointsAndEnglishWords() {
        String swedish = report.toHtml(ReportLanguage.SV);
        String english = report.toHtml(ReportLanguage.EN);

        assertThat(swedish).contains("<html lang='sv'>", "Utskicksrapport", "Svarsandel per arm", "Kvinnor", "37,50\u00a0%", "52,00")
                .doesNotContain("Dispatch report");
        assertThat(english).contains("<html lang='en'>", "Dispatch report", "Response rate per arm", "Women", "37.50%", "52.00")
                .doesNotContain("Utskicksrapport");
        assertThat(english).contains("under 1 h", "1\u20136 h", "6 h\u20131 d", "1\u20133 d", "3 d\u20131 w", "1\u20132 w", "2 w or more");
    }

    @Test
    void textFromTheJournalAndTheCallerIsEscapedNeverMarkup() {
        ExperimentCounts hostile = new ExperimentCounts(OptionalLong.empty(), List.of("<b>lan</b>"),
                List.of(ArmCounts.of("<script>alert('x')</script>", 10, 2), ArmCounts.of("a&b \"c\"", 10, 3)));
        String html = fixture.report(ReportOptions.defaults().experiment(hostile)).toHtml(ReportLanguage.EN);

        assertThat(html).doesNotContain("<script", "<b>lan").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "a&amp;b &quot;c&quot;",
                "&lt;b&gt;lan&lt;/b&gt;");
        assertThat(html).as("the template's subject").contains("Inbjudan &lt;till&gt; &quot;undersökningen&quot; &amp; mer");
    }

    @Test
    void thePageIsSelfContainedAndForbidsFetchingAnything() {
        String html = report.toHtml(ReportLanguage.SV);

        assertThat(html).contains("<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<img")
                .doesNotContain("http:").doesNotContain("https:").doesNotContain("@import").doesNotContain("url(http");
        assertThat(html.split("<svg ", -1)).as("process, two histograms, sex, age, arms").hasSize(7);
        assertThat(html.split("<table>", -1).length - 1).as("a table behind every chart, and more").isGreaterThanOrEqualTo(7);
        assertThat(html).as("bars are told apart by patterns and labels, not colour alone").contains("<pattern id='chart-arms-p1'")
                .contains("fill='url(#chart-arms-p1)'");
    }

    @Test
    void withoutPricesOrExperimentThoseSectionsAreAbsentAndFactsNotProvidedSaySo() {
        // An operator that gives no process events: opened, notified … cannot be told.
        String html = DispatchReport.of(fixture.dispatcher().dispatchLog(), fixture.dispatchId(), Set.of(), ReportOptions.defaults())
                .toHtml(ReportLanguage.EN);

        assertThat(html).doesNotContain("id='experiment'").doesNotContain("id='cost'").contains("id='coverage'").contains("not provided");
    }
}
