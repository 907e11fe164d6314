package se.scb.dispatch.adapter.minameddelanden;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;

/**
 * The bound on calls in flight, seen from the server: a plain JDK server that counts the requests it
 * holds at once (WireMock does not tell), each held a little while so that they could overlap.
 */
class InFlightBoundTest {

    private static final RecipientId RECIPIENT = TestIds.person(99);
    private static final int MAX_IN_FLIGHT = 2;

    private final AtomicInteger holding = new AtomicInteger();
    private final AtomicInteger mostHeldAtOnce = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private HttpServer server;
    private ExecutorService serverThreads;

    @BeforeEach
    void startServer() throws IOException {
        serverThreads = Executors.newFixedThreadPool(8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/operator", exchange -> {
            received.incrementAndGet();
            mostHeldAtOnce.accumulateAndGet(holding.incrementAndGet(), Math::max);
            try {
                exchange.getRequestBody().readAllBytes();
                Thread.sleep(100);
                byte[] answer = SoapFixtures.deliveryResponse(RECIPIENT.canonical(), true).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", SoapFixtures.XML);
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                holding.decrementAndGet();
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    @DisplayName("never has more calls in flight than max-in-flight, and sends every letter")
    void keepsTheBound() throws Exception {
        MinaMeddelandenOperator operator = new MinaMeddelandenOperator(MinaMeddelandenConfig.builder()
                .keystore(TestKeys.sender(), TestKeys.PASSWORD)
                .maxInFlight(MAX_IN_FLIGHT)
                .timeout(Duration.ofSeconds(10))
                .allowPlainHttp(true)
                .build());
        MailboxAddress mailbox = new MailboxAddress("165567828172", "Test operator",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/operator").toString());

        List<CompletableFuture<DeliveryResult>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(operator.deliver(TestLetters.letter(TestLetters.newMessageId(), RECIPIENT, mailbox)).toCompletableFuture());
        }

        for (CompletableFuture<DeliveryResult> answer : answers) {
            assertThat(answer.get(20, TimeUnit.SECONDS).isDelivered()).isTrue();
        }
        assertThat(received.get()).isEqualTo(6);
        assertThat(mostHeldAtOnce.get()).isBetween(1, MAX_IN_FLIGHT);
    }
}
