package se.scb.dispatch.run.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.JournalFixtures;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.template.Sender;

class DigitalSenderTest {

    private static final Duration NO_TIME_OUT = Duration.ofMinutes(10);
    private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(4);
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
    private final List<DeliveryResult> results = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        answers.shutdownNow();
    }

    @Test
    void never_more_letters_in_flight_to_an_operator_than_its_permits() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DigitalSender sender = sender(letter -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            CompletableFuture<DeliveryResult> answer = new CompletableFuture<>();
            answers.schedule(() -> {
                inFlight.decrementAndGet();
                answer.complete(DeliveryResult.delivered("200", "OK"));
            }, 1, TimeUnit.MILLISECONDS);
            return answer;
        }, NO_TIME_OUT, 3);

        for (int i = 0; i < 60; i++) {
            sender.send(letter(i), "kivra", () -> { }, results::add);
        }
        sender.awaitAnswers(() -> { });

        assertThat(results).hasSize(60).allMatch(DeliveryResult::isDelivered);
        assertThat(most.get()).isBetween(1, 3);
        assertThat(permits.get("kivra").availablePermits()).isEqualTo(3);
    }

    @Test
    void an_adapter_that_throws_gives_a_transient_transport_failure() throws Exception {
        DigitalSender sender = sender(letter -> {
            throw new IllegalStateException("bug in the adapter");
        }, NO_TIME_OUT, 2);

        sender.send(letter(1), "kivra", () -> { }, results::add);
        sender.awaitAnswers(() -> { });

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.isDelivered() || result.isRejected()).isFalse();
            assertThat(result.code()).isEqualTo("TRANSPORT");
        });
        assertThat(permits.get("kivra").availablePermits()).isEqualTo(2);
    }

    @Test
    void a_failed_transport_is_described_without_personal_data() throws Exception {
        DigitalSender sender = sender(letter -> CompletableFuture.failedFuture(new IOException("Connection reset for 19121212-1212")),
                NO_TIME_OUT, 2);

        sender.send(letter(1), "kivra", () -> { }, results::add);
        sender.awaitAnswers(() -> { });

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.code()).isEqualTo("TRANSPORT");
            assertThat(result.message()).contains("Connection reset").doesNotContain("1212-1212");
        });
    }

    @Test
    void an_operator_that_never_answers_times_out_as_a_transient_failure() throws Exception {
        DigitalSender sender = sender(letter -> new CompletableFuture<>(), Duration.ofMillis(20), 1);

        sender.send(letter(1), "kivra", () -> { }, results::add);
        sender.awaitAnswers(() -> { });

        assertThat(results).singleElement().satisfies(result -> assertThat(result.code()).isEqualTo("TIMEOUT"));
        assertThat(permits.get("kivra").availablePermits()).isEqualTo(1);
    }

    @Test
    void the_waiting_caller_does_its_chores_until_every_answer_is_in() throws Exception {
        CompletableFuture<DeliveryResult> late = new CompletableFuture<>();
        DigitalSender sender = sender(letter -> late, NO_TIME_OUT, 1);
        AtomicInteger chores = new AtomicInteger();

        sender.send(letter(1), "kivra", () -> { }, results::add);
        assertThat(sender.awaiting()).isEqualTo(1);
        sender.awaitAnswers(() -> {
            if (chores.incrementAndGet() == 3) {
                late.complete(DeliveryResult.delivered("200", "OK"));
            }
        });

        assertThat(chores.get()).isGreaterThanOrEqualTo(3);
        assertThat(sender.awaiting()).isZero();
        assertThat(results).singleElement().satisfies(result -> assertThat(result.isDelivered()).isTrue());
    }

    private DigitalSender sender(Function<Letter, CompletionStage<DeliveryResult>> deliver, Duration timeout, int limit) {
        MailboxOperator operator = new MailboxOperator() {
            @Override
            public CompletionStage<DeliveryResult> deliver(Letter letter) {
                return deliver.apply(letter);
            }

            @Override
            public OperatorCapabilities capabilities() {
                return new OperatorCapabilities(1_000_000, Set.of("text/plain"), Set.of(), Set.of());
            }
        };
        return new DigitalSender(operator, id -> permits.computeIfAbsent(id, any -> new Semaphore(limit)), timeout, Optional.empty());
    }

    private static Letter letter(int n) {
        return new Letter("message-" + n, JournalFixtures.person(n), JournalFixtures.KIVRA, new RenderedMessage(new Sender(new OrganisationNumber("162021005489"), "SCB"), "Subject", Optional.of("Text"), Optional.empty(),
                List.of(), "sv", Optional.empty()),
                Optional.empty());
    }
}
