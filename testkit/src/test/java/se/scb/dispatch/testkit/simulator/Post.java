package se.scb.dispatch.testkit.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Posts to a simulator with the JDK client, as the adapters do, and waits for what the simulator records after an answer. */
final class Post {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Post() {
    }

    static HttpResponse<String> to(URI uri, String body) throws IOException, InterruptedException {
        return to(uri, body, Duration.ofSeconds(30));
    }

    static HttpResponse<String> to(URI uri, String body, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits until the condition holds: the simulator counts an answer once its last byte is written, which
     * may be a moment after the client has read it. Gives up after a minute, which only a broken simulator needs.
     */
    static void awaitThat(BooleanSupplier condition) throws InterruptedException {
        long giveUpAt = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUpAt) {
                throw new AssertionError("The simulator never recorded what was expected");
            }
            Thread.sleep(5);
        }
    }
}
