package se.scb.dispatch.adapter.minameddelanden;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What most tests share: a plain-HTTP WireMock server and an adapter configuration pointed at it. */
final class TestSetup {

    /** Short, so that the "no answer" cases are quick; long enough for a first request on a busy machine. */
    static final Duration TIMEOUT = Duration.ofMillis(800);

    private TestSetup() {
    }

    /**
     * A started plain-HTTP server on a free port, warmed up with one request: the first request in a
     * JVM loads WireMock's and the HTTP client's classes, which on a busy machine can take longer than
     * {@link #TIMEOUT}, and a test should not time out on that.
     */
    static WireMockServer startServer(Extension... extensions) {
        WireMockServer server = new WireMockServer(options().dynamicPort().extensions(extensions));
        server.start();
        warmUp(server);
        return server;
    }

    private static void warmUp(WireMockServer server) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("WireMock did not answer the warm-up request", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A configuration for plain HTTP against the server, signing with the test sender's key. */
    static MinaMeddelandenConfig.Builder plainHttp(WireMockServer server) {
        return MinaMeddelandenConfig.builder()
                .recipientUrl(URI.create(server.baseUrl() + WireMockDirectoryStub.PATH))
                .keystore(TestKeys.sender(), TestKeys.PASSWORD)
                .timeout(TIMEOUT)
                .allowPlainHttp(true);
    }
}
