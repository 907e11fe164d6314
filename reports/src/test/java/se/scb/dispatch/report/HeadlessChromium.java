package se.scb.dispatch.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless: loads a page, gives the DOM as rendered, and the requests the page made, read from the
 * browser's own network log. The browser's background requests (updates, accounts) are told apart from the page's by
 * their network isolation key, which for the page's is the page's site.
 */
final class HeadlessChromium {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    static Optional<HeadlessChromium> find() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** What loading a page gave: its DOM after loading, and the http(s) URLs the page asked for. */
    record Rendered(String dom, List<String> pageRequests) {
    }

    /**
     * Loads the file and returns once the browser has exited: {@code --dump-dom} prints the DOM after the load event,
     * so nothing here waits for a time. The limit only stops a browser that hangs.
     */
    Rendered load(Path page, Path workDirectory) throws IOException, InterruptedException {
        Path netLog = workDirectory.resolve("net-log.json");
        Path dom = workDirectory.resolve("dom.html");
        Process browser = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--user-data-dir=" + workDirectory.resolve("profile"),
                "--log-net-log=" + netLog, "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(workDirectory.resolve("browser.log").toFile()).start();
        if (!browser.waitFor(3, TimeUnit.MINUTES)) {
            browser.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish loading " + page + " in 3 minutes; see " + workDirectory.resolve("browser.log"));
        }
        if (browser.exitValue() != 0) {
            throw new IllegalStateException("Chromium exited with " + browser.exitValue() + ": "
                    + Files.readString(workDirectory.resolve("browser.log"), StandardCharsets.UTF_8));
        }
        return new Rendered(Files.readString(dom, StandardCharsets.UTF_8), pageRequests(netLog));
    }

    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.at("/constants/logEventTypes/URL_REQUEST_START_JOB").asInt(-1);
        if (startJob < 0) {
            throw new IllegalStateException("The network log of this Chromium has no URL_REQUEST_START_JOB events to read");
        }
        List<String> requests = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            String url = params.path("url").asText("");
            boolean fromThePage = params.path("network_isolation_key").asText("").contains("file://");
            if (event.path("type").asInt() == startJob && fromThePage && (url.startsWith("http:") || url.startsWith("https:"))) {
                requests.add(url);
            }
        }
        return requests;
    }
}
