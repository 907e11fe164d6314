package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.ProcessEventBatch;

class FakeMailboxOperatorTest {

    private static final DeliveryResult UNAVAILABLE = DeliveryResult.transientFailure("503", "Service unavailable", Optional.empty());
    private static final DeliveryResult BAD_REQUEST = DeliveryResult.rejected("400", "Bad request");

    private final FakeMailboxOperator operator = new FakeMailboxOperator();
    private final RecipientId anna = new PersonalIdentityNumber("191212121212");
    private final RecipientId bertil = TestIds.person(7);

    @AfterEach
    void close() {
        operator.close();
    }

    @Test
    void recordsEachLetterOnceAndCountsARepeatedMessageIdAsARepeat() {
        Letter first = TestLetters.letter("m-1", anna);
        Letter second = TestLetters.letter("m-2", bertil);

        DeliveryResult original = deliver(first);
        deliver(second);
        DeliveryResult repeat = deliver(first);

        assertThat(original.isDelivered()).isTrue();
        assertThat(repeat.isDelivered()).isTrue();
        assertThat(repeat.code()).isEqualTo("ALREADY_DELIVERED");
        assertThat(operator.received()).containsExactly(first, second);
        assertThat(operator.receivedCount()).isEqualTo(2);
        assertThat(operator.repeats()).isEqualTo(1);
        assertThat(operator.attempts("m-1")).isEqualTo(2);
        assertThat(operator.attempts("m-2")).isEqualTo(1);
        assertThat(operator.attempts("never-sent")).isZero();
        assertThat(operator.attempts()).isEqualTo(3);
    }

    @Test
    void answersTheNextDeliveriesWithScriptedFaultsInOrder() {
        operator.failNext(2, UNAVAILABLE).failNext(1, BAD_REQUEST);
        Letter letter = TestLetters.letter("m-1", anna);

        List<DeliveryResult> results = IntStream.range(0, 4).mapToObj(i -> deliver(letter)).collect(Collectors.toList());

        assertThat(results).containsExactly(UNAVAILABLE, UNAVAILABLE, BAD_REQUEST, results.get(3));
        assertThat(results.get(3).isDelivered()).isTrue();
        assertThat(operator.attempts("m-1")).isEqualTo(4);
        assertThat(operator.receivedCount()).isEqualTo(1);
        assertThat(operator.repeats()).isZero();
    }

    @Test
    void failsEveryDeliveryToARecipientUntilCleared() {
        operator.failFor(anna, BAD_REQUEST);

        assertThat(deliver(TestLetters.letter(anna))).isEqualTo(BAD_REQUEST);
        assertThat(deliver(TestLetters.letter(anna))).isEqualTo(BAD_REQUEST);
        assertThat(deliver(TestLetters.letter(bertil)).isDelivered()).isTrue();

        operator.clearFailures();
        assertThat(deliver(TestLetters.letter(anna)).isDelivered()).isTrue();
        assertThat(operator.received()).extracting(Letter::recipient).containsExactly(bertil, anna);
    }

    @Test
    void failsEveryDeliveryMatchingAPredicate() {
        operator.failFor(letter -> letter.messageId().startsWith("bad-"), UNAVAILABLE);

        assertThat(deliver(TestLetters.letter("bad-1", anna))).isEqualTo(UNAVAILABLE);
        assertThat(deliver(TestLetters.letter("good-1", anna)).isDelivered()).isTrue();
    }

    @Test
    void failsWithAProbabilityThatRepeatsWithTheSeed() {
        List<Boolean> firstRun = deliveredInTurn(new FakeMailboxOperator().failWithProbability(0.5, 42, UNAVAILABLE));
        List<Boolean> secondRun = deliveredInTurn(new FakeMailboxOperator().failWithProbability(0.5, 42, UNAVAILABLE));

        assertThat(firstRun).isEqualTo(secondRun).contains(true, false);
        assertThat(deliveredInTurn(new FakeMailboxOperator().failWithProbability(0, 1, UNAVAILABLE))).doesNotContain(false);
        assertThat(deliveredInTurn(new FakeMailboxOperator().failWithProbability(1, 1, UNAVAILABLE))).doesNotContain(true);
    }

    @Test
    void refusesAProbabilityOutsideZeroToOne() {
        assertThatThrownBy(() -> operator.failWithProbability(1.5, 1, UNAVAILABLE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> operator.openedRate(-0.1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAfterTheLatencyOnItsOwnThreadWithoutBlockingTheCaller() {
        operator.latency(Duration.ofMillis(50));

        CompletableFuture<String> answeredOn = operator.deliver(TestLetters.letter(anna)).toCompletableFuture()
                .thenApply(result -> result.code() + " on " + Thread.currentThread().getName());

        assertThat(answeredOn.join()).startsWith("DELIVERED on fake-mailbox-operator-");
    }

    @Test
    void returnsAtOnceWhileTheAnswerIsStillDue() {
        operator.latency(Duration.ofMinutes(10));

        CompletableFuture<DeliveryResult> answer = operator.deliver(TestLetters.letter(anna)).toCompletableFuture();

        // Had deliver waited out the latency, the test would not get here for ten minutes.
        assertThat(answer).isNotDone();
        assertThat(operator.deliveriesInFlight()).isEqualTo(1);
        assertThat(operator.receivedCount()).as("the letter is taken on arrival; only the answer is late").isEqualTo(1);
    }

    @Test
    void answersTimeoutWhenTheLatencyIsLongerThanTheTimeout() {
        operator.latency(Duration.ofMinutes(10)).timeout(Duration.ofMillis(20));

        DeliveryResult result = deliver(TestLetters.letter(anna));

        assertThat(result.isTransient()).isTrue();
        assertThat(result.code()).isEqualTo("TIMEOUT");
        assertThat(operator.deliveriesInFlight()).isZero();
    }

    @Test
    void aHangingDeliveryTimesOutWhenATimeoutIsSet() {
        operator.timeout(Duration.ofMillis(20)).hangNext(1);
        Letter letter = TestLetters.letter(anna);

        DeliveryResult hung = deliver(letter);
        DeliveryResult retried = deliver(letter);

        assertThat(hung.code()).isEqualTo("TIMEOUT");
        assertThat(retried.isDelivered()).isTrue();
        assertThat(operator.attempts(letter.messageId())).isEqualTo(2);
    }

    @Test
    void aHangingDeliveryWithoutTimeoutEndsExceptionallyOnClose() {
        operator.hangNext(1);
        CompletableFuture<DeliveryResult> answer = operator.deliver(TestLetters.letter(anna)).toCompletableFuture();
        assertThat(answer).isNotDone();

        operator.close();

        assertThatThrownBy(answer::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> operator.deliver(TestLetters.letter(anna))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tracksTheMostDeliveriesUnansweredAtOnce() {
        operator.hangNext(5);

        List<CompletableFuture<DeliveryResult>> hanging = IntStream.range(0, 5)
                .mapToObj(i -> operator.deliver(TestLetters.letter(anna)).toCompletableFuture())
                .collect(Collectors.toList());
        deliver(TestLetters.letter(bertil));

        assertThat(operator.maxConcurrentDeliveries()).isEqualTo(6);
        assertThat(operator.deliveriesInFlight()).isEqualTo(5);
        assertThat(hanging).noneMatch(CompletableFuture::isDone);
    }

    @Test
    void oneDeliveryAtATimeIsAConcurrencyOfOne() {
        IntStream.range(0, 3).forEach(i -> deliver(TestLetters.letter(anna)));

        assertThat(operator.maxConcurrentDeliveries()).isEqualTo(1);
        assertThat(operator.deliveriesInFlight()).isZero();
    }

    @Test
    void losesNothingWhenManyThreadsDeliverAtOnce() throws Exception {
        operator.latency(Duration.ofMillis(1));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<DeliveryResult>> results = new ArrayList<>();
        try {
            for (int thread = 0; thread < 8; thread++) {
                for (int i = 0; i < 50; i++) {
                    // Every thread sends the same 50 message ids: 50 letters, the rest repeats.
                    Letter letter = TestLetters.letter("m-" + i, TestIds.person(i));
                    results.add(threads.submit(() -> operator.deliver(letter).toCompletableFuture().join()));
                }
            }
            for (Future<DeliveryResult> result : results) {
                assertThat(result.get().isDelivered()).isTrue();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(operator.receivedCount()).isEqualTo(50);
        assertThat(operator.repeats()).isEqualTo(350);
        assertThat(operator.attempts()).isEqualTo(400);
        assertThat(operator.attempts("m-0")).isEqualTo(8);
        assertThat(operator.deliveriesInFlight()).isZero();
        assertThat(operator.maxConcurrentDeliveries()).isBetween(1, 400);
    }

    @Test
    void hasTheDefaultCapabilitiesUnlessToldOtherwise() {
        assertThat(operator.capabilities().maxMessageBytes()).isEqualTo(2_000_000);
        assertThat(operator.capabilities().bodyContentTypes()).containsExactlyInAnyOrder("text/plain", "text/html");
        assertThat(operator.capabilities().attachmentTypes()).containsExactly("application/pdf");
        assertThat(operator.capabilities().processEvents()).containsExactlyInAnyOrder(ProcessEvent.Kind.values());

        OperatorCapabilities small = new OperatorCapabilities(1000, Set.of("text/plain"), Set.of(), Set.of());
        assertThat(operator.capabilities(small).capabilities()).isEqualTo(small);
    }

    @Test
    void reportsEmittedEventsInTheOrderEmittedAPageAfterTheCursor() {
        Instant noon = Instant.parse("2025-03-01T12:00:00Z");
        ProcessEvent late = ProcessEvent.of("e3", "m-2", ProcessEvent.Kind.FAILED_AFTER_DELIVERY, noon.plusSeconds(60));
        ProcessEvent early = ProcessEvent.of("e1", "m-1", ProcessEvent.Kind.DELIVERED, noon.minusSeconds(60));
        ProcessEvent atNoon = ProcessEvent.of("e2", "m-1", ProcessEvent.Kind.OPENED, noon);

        operator.emit(late).emit(early);
        ProcessEventBatch first = operator.processEvents(Optional.empty());
        operator.emit(atNoon);

        assertThat(first.events()).containsExactly(late, early);
        assertThat(first.more()).isFalse();
        assertThat(operator.processEvents(first.cursor()).events()).containsExactly(atNoon);
        assertThat(operator.processEvents(Optional.empty()).events()).containsExactly(late, early, atNoon);
    }

    @Test
    void simulatesRealisticEventsPublishedWhenTheirTimeComesAndTheSameForTheSameSeed() {
        TestClock clock = new TestClock(Instant.parse("2025-03-03T08:00:00Z"));
        List<ProcessEvent> published = simulated(clock, 11);
        assertThat(published).extracting(ProcessEvent::kind).doesNotContain(ProcessEvent.Kind.OPERATOR_REMINDER);

        clock.advance(Duration.ofDays(30));
        List<ProcessEvent> month = simulated(clock, 11);

        long letters = 1_000;
        long opened = month.stream().filter(event -> event.kind() == ProcessEvent.Kind.OPENED).count();
        assertThat(month.stream().filter(event -> event.kind() == ProcessEvent.Kind.DELIVERED).count()).isEqualTo(letters);
        assertThat(opened).isBetween(740L, 860L);
        assertThat(month.stream().filter(event -> event.kind() == ProcessEvent.Kind.OPERATOR_REMINDER).count()).isBetween(200L, 350L);
        assertThat(month.stream().map(ProcessEvent::eventId).distinct().count()).isEqualTo(month.size());
        assertThat(simulated(clock, 11)).isEqualTo(month);
        assertThat(simulated(clock, 12)).isNotEqualTo(month);
    }

    /** A thousand letters delivered at the clock's start, and the events published by its time now. */
    private static List<ProcessEvent> simulated(TestClock clock, long seed) {
        Instant now = clock.instant();
        TestClock start = new TestClock(Instant.parse("2025-03-03T08:00:00Z"));
        try (FakeMailboxOperator fake = new FakeMailboxOperator().clock(start).simulateProcess(seed)) {
            IntStream.range(0, 1_000).forEach(i -> fake.deliver(TestLetters.letter("m-" + i, TestIds.person(i))));
            start.advance(Duration.between(start.instant(), now));
            return fake.publishedEvents();
        }
    }

    @Test
    void generatesDeliveredAndOpenedEventsForNewLettersOnly() {
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        operator.clock(Clock.fixed(now, ZoneOffset.UTC)).openedRate(1.0, 7);
        Letter letter = TestLetters.letter("m-1", anna);

        deliver(letter);
        deliver(letter);

        assertThat(operator.publishedEvents()).extracting(ProcessEvent::messageId, ProcessEvent::kind, ProcessEvent::at).containsExactly(
                tuple("m-1", ProcessEvent.Kind.DELIVERED, now),
                tuple("m-1", ProcessEvent.Kind.OPENED, now));
    }

    @Test
    void generatesOnlyTheEventTypesItsCapabilitiesReport() {
        operator.capabilities(new OperatorCapabilities(1000, Set.of("text/plain"), Set.of(), Set.of(ProcessEvent.Kind.DELIVERED)))
                .openedRate(1.0, 7);

        deliver(TestLetters.letter(anna));

        assertThat(operator.publishedEvents()).extracting(ProcessEvent::kind).containsExactly(ProcessEvent.Kind.DELIVERED);
    }

    @Test
    void opensAShareOfLettersThatRepeatsWithTheSeed() {
        assertThat(openedMessageIds(new FakeMailboxOperator().openedRate(0.5, 3)))
                .isEqualTo(openedMessageIds(new FakeMailboxOperator().openedRate(0.5, 3)))
                .isNotEmpty()
                .hasSizeLessThan(40);
    }

    @Test
    void generatesNoEventsUnlessAsked() {
        deliver(TestLetters.letter(anna));

        assertThat(operator.publishedEvents()).isEmpty();
    }

    private DeliveryResult deliver(Letter letter) {
        return operator.deliver(letter).toCompletableFuture().join();
    }

    private static List<Boolean> deliveredInTurn(FakeMailboxOperator operator) {
        try (operator) {
            return IntStream.range(0, 40)
                    .mapToObj(i -> operator.deliver(TestLetters.letter("m-" + i, TestIds.person(i))).toCompletableFuture().join().isDelivered())
                    .collect(Collectors.toList());
        }
    }

    private static List<String> openedMessageIds(FakeMailboxOperator operator) {
        try (operator) {
            IntStream.range(0, 40).forEach(i -> operator.deliver(TestLetters.letter("m-" + i, TestIds.person(i))));
            return operator.publishedEvents().stream()
                    .filter(event -> event.kind() == ProcessEvent.Kind.OPENED)
                    .map(ProcessEvent::messageId)
                    .collect(Collectors.toList());
        }
    }

    @Test
    void forgettingLettersKeepsCountingThemAndTheirRepeats() {
        try (FakeMailboxOperator counting = new FakeMailboxOperator().forgetLetters()) {
            counting.deliver(TestLetters.letter("m-1", TestIds.person(1))).toCompletableFuture().join();
            counting.deliver(TestLetters.letter("m-1", TestIds.person(1))).toCompletableFuture().join();
            counting.deliver(TestLetters.letter("m-2", TestIds.person(2))).toCompletableFuture().join();

            assertThat(counting.received()).isEmpty();
            assertThat(counting.receivedCount()).isEqualTo(2);
            assertThat(counting.repeats()).isEqualTo(1);
        }
    }
}
