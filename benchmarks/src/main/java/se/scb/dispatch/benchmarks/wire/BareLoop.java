package se.scb.dispatch.benchmarks.wire;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import se.scb.dispatch.spi.AdapterThreads;

/**
 * The yardstick: the JDK {@link HttpClient} posting payloads as fast as it can, a fixed number in flight,
 * with no journal, no retries and nothing read from the answers but the status. Its client runs on the
 * same kind of executor as the adapters' ({@link AdapterThreads}), so the two differ by what the
 * library adds, not by the client's set-up.
 */
final class BareLoop {

    private BareLoop() {
    }

    /** Posts {@code count} requests, cycling through {@code payloads}; returns requests a second. */
    static double postsPerSecond(URI uri, String contentType, List<byte[]> payloads, int count, int inFlight) throws InterruptedException {
        ExecutorService threads = AdapterThreads.forHttpClient("bare-loop", inFlight);
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads).build();
            Semaphore slots = new Semaphore(inFlight);
            AtomicInteger failed = new AtomicInteger();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                slots.acquire();
                HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(payloads.get(i % payloads.size()))).build();
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                    if (error != null || response.statusCode() >= 300) {
                        failed.incrementAndGet();
                    }
                    slots.release();
                });
            }
            slots.acquire(inFlight);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failed.get() > 0) {
                System.out.println("  (bare loop: " + failed.get() + " of " + count + " requests failed)");
            }
            return count / seconds;
        } finally {
            threads.shutdown();
        }
    }
}
