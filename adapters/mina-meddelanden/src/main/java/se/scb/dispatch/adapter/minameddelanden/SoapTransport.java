package se.scb.dispatch.adapter.minameddelanden;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import se.scb.dispatch.spi.AdapterThreads;

/**
 * Posts SOAP 1.1 requests over one shared {@link HttpClient} with the configured client certificate,
 * at most {@code max-in-flight} at a time, each within the time-out.
 *
 * <p>The JDK client does not queue, so the bound is kept here: a call waits for a free slot in the
 * caller's thread, at most the time-out, and the slot is freed when the HTTP exchange ends (not when
 * the caller stops waiting), so the bound counts real connections. The client runs on threads of
 * its own ({@link AdapterThreads}), ended by {@link #close()}.
 */
final class SoapTransport implements AutoCloseable {

    private final ExecutorService threads;
    private final HttpClient client;
    private final Semaphore slots;
    private final Duration timeout;
    private final int maxInFlight;

    SoapTransport(MinaMeddelandenConfig config) {
        this.timeout = config.timeout();
        this.maxInFlight = config.maxInFlight();
        this.slots = new Semaphore(maxInFlight);
        this.threads = AdapterThreads.forHttpClient("mina-meddelanden-http", maxInFlight);
        // HTTP/1.1: SOAP services speak it, and it keeps the connection behaviour the same with and without TLS.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(threads)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(KeyStores.sslContext(config))
                .build();
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Posts the envelope. The stage completes with whatever the server answered, or exceptionally
     * with the transport fault (see {@link TransportFault#of}).
     */
    CompletableFuture<SoapAnswer> post(URI endpoint, byte[] envelope) {
        try {
            if (!slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return CompletableFuture.failedFuture(new TransportFault.NoFreeSlotException(maxInFlight, timeout));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = client.sendAsync(request(endpoint, envelope), HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) {
            slots.release();
            return CompletableFuture.failedFuture(e);
        }
        exchange.whenComplete((response, failure) -> slots.release());
        return exchange
                .thenApply(response -> new SoapAnswer(response.statusCode(), response.headers().firstValue("Retry-After"), response.body()))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the client's threads finish what they hold, then end; later calls fail. */
    @Override
    public void close() {
        threads.shutdown();
    }

    private HttpRequest request(URI endpoint, byte[] envelope) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                // SOAP 1.1 requires the header; the WSDLs give every operation soapAction="".
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
                .build();
    }
}
