package se.scb.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: charts and tables rendered, nothing fetched. Without Chromium the test is skipped
 * with a notice, except on CI (the variable {@code CI} set), where it fails: {@code .ci/run} installs the browser.
 */
class ChromiumReportTest {

    private static HeadlessChromium chromium;

    @BeforeAll
    static void findTheBrowser() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        if (found.isEmpty()) {
            String why = "ChromiumReportTest: no Chromium at /usr/bin/chromium (apt-get install -y chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                fail(why + "; CI must render the report");
            }
            System.out.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        chromium = found.get();
    }

    @Test
    void theReportRendersItsChartsAndTablesAndFetchesNothing(@TempDir Path work) throws Exception {
        String html;
        try (ReportFixture fixture = new ReportFixture()) {
            html = fixture.fullReport().toHtml(ReportLanguage.SV);
        }
        Path page = Files.writeString(work.resolve("report.html"), html, StandardCharsets.UTF_8);
        // A copy to look at after the build: target/chromium-report.html.
        Files.writeString(Path.of("target", "chromium-report.html"), html, StandardCharsets.UTF_8);

        HeadlessChromium.Rendered rendered = chromium.load(page, Files.createDirectory(work.resolve("report")));

        assertThat(rendered.dom()).contains("<svg class=\"chart rates\" id=\"chart-process\"", "id=\"chart-timeToOpen\"",
                "id=\"chart-timeToResponse\"", "id=\"chart-coverage-sex\"", "id=\"chart-coverage-age_group\"", "id=\"chart-arms\"");
        assertThat(rendered.dom().split("<table>", -1).length - 1).isGreaterThanOrEqualTo(7);
        assertThat(rendered.dom()).as("bars and whiskers drawn").contains("<rect x=\"190\"", "<g class=\"whisker\"");
        assertThat(HtmlNumbers.of(rendered.dom(), ReportLanguage.SV)).as("the numbers survive the browser's parsing")
                .hasSameSizeAs(HtmlNumbers.of(html, ReportLanguage.SV));
        assertThat(rendered.pageRequests()).as("requests the page made").isEmpty();
    }

    /** The check above could pass by seeing nothing: a page that does fetch shows the request is seen. */
    @Test
    void aPageThatFetchesIsCaughtByTheSameCheck(@TempDir Path work) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        // Refused at once on a closed port, so the load event comes without waiting for an answer.
        Path page = Files.writeString(work.resolve("fetches.html"),
                "<!DOCTYPE html><html><body><img src='http://127.0.0.1:" + closedPort + "/pixel.png'></body></html>");

        HeadlessChromium.Rendered rendered = chromium.load(page, Files.createDirectory(work.resolve("fetches")));

        assertThat(rendered.pageRequests()).containsExactly("http://127.0.0.1:" + closedPort + "/pixel.png");
    }
}
