package se.scb.dispatch.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.ProcessEventBatch;

/**
 * A mailbox operator in memory that records what it receives and fails when told to.
 *
 * <p>Like a real operator it is idempotent on the message id: a letter sent again under the same
 * id is answered {@link DeliveryResult.Delivered} and counted as a {@link #repeats() repeat}, not
 * as a new letter. Injected faults come first, in this order: the scripted answers of
 * {@link #failNext} and {@link #hangNext}, then {@link #failFor} rules, then
 * {@link #failWithProbability}; a letter answered with an injected fault is not recorded as received.
 *
 * <p>With a {@link #latency} the answer comes that much later, on the fake's own scheduler thread
 * (so callbacks attached to the stage run there); no thread waits. With a {@link #timeout} the fake
 * does what a real adapter does with {@code orTimeout}: it answers {@code Transient("TIMEOUT")}
 * when the answer would come later than that.
 *
 * <p>Every method is thread-safe. Close it to stop the scheduler and end deliveries still waiting.
 */
public final class FakeMailboxOperator implements MailboxOperator, AutoCloseable {

    /** 2 000 000 bytes; plain text and HTML; PDF attachments; every kind of process event. */
    public static final OperatorCapabilities DEFAULT_CAPABILITIES = new OperatorCapabilities(
            2_000_000,
            Set.of("text/plain", "text/html"),
            Set.of("application/pdf"),
            EnumSet.allOf(ProcessEvent.Kind.class));

    /** The name the journal keeps the fake's event cursor under. */
    public static final String NAME = "fake";

    private static final DeliveryResult DELIVERED = DeliveryResult.delivered("DELIVERED", "The fake operator took the letter.");
    private static final DeliveryResult ALREADY_DELIVERED =
            DeliveryResult.delivered("ALREADY_DELIVERED", "The fake operator already had a letter under this message id.");
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Object lock = new Object();
    // Guarded by lock.
    private final Map<String, Letter> received = new LinkedHashMap<>();
    /** Every message id received; {@link #received} holds the letters too, unless told to forget them. */
    private final Set<String> receivedIds = new HashSet<>();
    private boolean keepLetters = true;
    private final Map<String, Integer> attempts = new HashMap<>();
    /** Message ids received by earlier processes that kept the same file; a letter among them is a repeat. */
    private final Set<String> earlierProcesses = new HashSet<>();
    private final Deque<Optional<DeliveryResult>> scripted = new ArrayDeque<>(); // empty = no answer
    private final List<FailureRule> failureRules = new ArrayList<>();
    private final FakeProcessFeed feed = new FakeProcessFeed();
    private RandomFailure randomFailure;
    private OpenedEvents openedEvents;
    private ProcessSimulation simulation;
    private Duration revealedAhead = Duration.ZERO;
    private int totalAttempts;
    private int repeats;
    private boolean closed;

    private volatile Duration latency = Duration.ZERO;
    private volatile Optional<Duration> timeout = Optional.empty();
    private volatile OperatorCapabilities capabilities = DEFAULT_CAPABILITIES;
    private volatile Clock clock = Clock.systemUTC();
    private volatile ReceivedLettersFile keptIn;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Set<CompletableFuture<DeliveryResult>> unanswered = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor scheduler;

    /** A fake that takes every letter at once, with the {@link #DEFAULT_CAPABILITIES}. */
    public FakeMailboxOperator() {
        scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("fake-mailbox-operator-" + INSTANCES.incrementAndGet()));
        // Idle fakes that were never closed should not keep a thread.
        scheduler.setKeepAliveTime(1, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public OperatorCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public CompletionStage<DeliveryResult> deliver(Letter letter) {
        Objects.requireNonNull(letter, "letter");
        Optional<DeliveryResult> outcome;
        CompletableFuture<DeliveryResult> answer = new CompletableFuture<>();
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The fake operator is closed; create a new one.");
            }
            attempts.merge(letter.messageId(), 1, Integer::sum);
            totalAttempts++;
            outcome = decide(letter);
            // Under the lock, so that close() cannot miss it.
            unanswered.add(answer);
        }
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        // The caller gets the stage that completes after the count went down, so a caller that starts
        // its next delivery as soon as it hears the answer is never counted as one too many in flight.
        CompletableFuture<DeliveryResult> counted = answer.whenComplete((result, failure) -> {
            inFlight.decrementAndGet();
            unanswered.remove(answer);
        });
        answerLater(answer, outcome);
        return counted;
    }

    private Optional<DeliveryResult> decide(Letter letter) {
        Optional<DeliveryResult> next = scripted.poll();
        if (next != null) {
            return next;
        }
        for (FailureRule rule : failureRules) {
            if (rule.applies().test(letter)) {
                return Optional.of(rule.result());
            }
        }
        if (randomFailure != null && randomFailure.random().nextDouble() < randomFailure.probability()) {
            return Optional.of(randomFailure.result());
        }
        return Optional.of(accept(letter));
    }

    private DeliveryResult accept(Letter letter) {
        if (keptIn != null) {
            keptIn.append(letter);
        }
        if (receivedIds.contains(letter.messageId()) || earlierProcesses.contains(letter.messageId())) {
            repeats++;
            return ALREADY_DELIVERED;
        }
        receivedIds.add(letter.messageId());
        if (keepLetters) {
            received.put(letter.messageId(), letter);
        }
        addDeliveryEvents(letter);
        return DELIVERED;
    }

    private void addDeliveryEvents(Letter letter) {
        Instant now = clock.instant();
        Set<ProcessEvent.Kind> reported = capabilities.processEvents();
        if (simulation != null) {
            simulation.of(letter, now, reported, feed::nextEventId).forEach(feed::happensAt);
            return;
        }
        if (openedEvents == null) {
            return;
        }
        if (reported.contains(ProcessEvent.Kind.DELIVERED)) {
            feed.happensAt(ProcessEvent.of(feed.nextEventId(), letter.messageId(), ProcessEvent.Kind.DELIVERED, now));
        }
        if (reported.contains(ProcessEvent.Kind.OPENED) && openedEvents.random().nextDouble() < openedEvents.rate()) {
            feed.happensAt(ProcessEvent.of(feed.nextEventId(), letter.messageId(), ProcessEvent.Kind.OPENED, now));
        }
    }

    /** Completes the stage now, after the latency, at the time-out, or (no answer, no time-out) never. */
    private void answerLater(CompletableFuture<DeliveryResult> answer, Optional<DeliveryResult> outcome) {
        Duration delay = latency;
        Optional<Duration> limit = timeout;
        boolean tooLate = outcome.isEmpty() || limit.map(max -> delay.compareTo(max) > 0).orElse(false);
        if (tooLate) {
            limit.ifPresent(max -> completeAfter(answer, timedOut(max), max));
        } else if (delay.isZero()) {
            answer.complete(outcome.get());
        } else {
            completeAfter(answer, outcome.get(), delay);
        }
    }

    private void completeAfter(CompletableFuture<DeliveryResult> answer, DeliveryResult result, Duration delay) {
        try {
            scheduler.schedule(() -> answer.complete(result), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closedMeanwhile) {
            answer.completeExceptionally(closedError());
        }
    }

    private static DeliveryResult timedOut(Duration limit) {
        return DeliveryResult.transientFailure("TIMEOUT", "The fake operator gave no answer within " + limit + ".", Optional.empty());
    }

    // ---- Fault injection -------------------------------------------------------------------

    /**
     * Counts letters without keeping them: {@link #received()} stays empty while the counts go on.
     * For runs of hundreds of thousands of letters, whose bodies would fill the heap.
     */
    public FakeMailboxOperator forgetLetters() {
        synchronized (lock) {
            keepLetters = false;
            received.clear();
        }
        return this;
    }

    /**
     * Keeps every delivery in a file as well, so what this fake received outlives the process: a
     * fake started again on the same file treats the letters received before as repeats.
     */
    public FakeMailboxOperator keepReceivedIn(ReceivedLettersFile file) {
        synchronized (lock) {
            earlierProcesses.addAll(file.messageIds());
            keptIn = file;
        }
        return this;
    }

    /** The next {@code count} deliveries are answered with {@code result}, after any already scripted. */
    public FakeMailboxOperator failNext(int count, DeliveryResult result) {
        Objects.requireNonNull(result, "result");
        return script(count, Optional.of(result));
    }

    /**
     * The next {@code count} deliveries get no answer: with a {@link #timeout} they time out, without
     * one their stages stay incomplete until {@link #close()}. Scripted in turn with {@link #failNext}.
     */
    public FakeMailboxOperator hangNext(int count) {
        return script(count, Optional.empty());
    }

    private FakeMailboxOperator script(int count, Optional<DeliveryResult> answer) {
        requireNotNegative(count, "count");
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                scripted.add(answer);
            }
        }
        return this;
    }

    /** Every delivery to this recipient is answered with {@code result}, until {@link #clearFailures()}. */
    public FakeMailboxOperator failFor(RecipientId recipient, DeliveryResult result) {
        Objects.requireNonNull(recipient, "recipient");
        return failFor(letter -> letter.recipient().equals(recipient), result);
    }

    /** Every delivery of a letter that matches is answered with {@code result}, until {@link #clearFailures()}. */
    public FakeMailboxOperator failFor(Predicate<Letter> applies, DeliveryResult result) {
        FailureRule rule = new FailureRule(Objects.requireNonNull(applies, "applies"), Objects.requireNonNull(result, "result"));
        synchronized (lock) {
            failureRules.add(rule);
        }
        return this;
    }

    /**
     * Each delivery is answered with {@code result} with the given probability. The seed makes the
     * sequence repeatable when deliveries arrive in a repeatable order. Replaces an earlier setting.
     */
    public FakeMailboxOperator failWithProbability(double probability, long seed, DeliveryResult result) {
        RandomFailure failure = new RandomFailure(requireProbability(probability), new Random(seed), Objects.requireNonNull(result, "result"));
        synchronized (lock) {
            randomFailure = failure;
        }
        return this;
    }

    /** Removes every injected fault, scripted or standing. */
    public FakeMailboxOperator clearFailures() {
        synchronized (lock) {
            scripted.clear();
            failureRules.clear();
            randomFailure = null;
        }
        return this;
    }

    /** Every answer comes this much later, without any thread waiting for it. */
    public FakeMailboxOperator latency(Duration latency) {
        this.latency = requireNotNegative(latency, "latency");
        return this;
    }

    /** An answer that would come later than this is replaced by {@code Transient("TIMEOUT")} at this time. */
    public FakeMailboxOperator timeout(Duration timeout) {
        if (requireNotNegative(timeout, "timeout").isZero()) {
            throw new IllegalArgumentException("A timeout must be longer than zero.");
        }
        this.timeout = Optional.of(timeout);
        return this;
    }

    public FakeMailboxOperator capabilities(OperatorCapabilities capabilities) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        return this;
    }

    // ---- Process events --------------------------------------------------------------------

    @Override
    public String name() {
        return NAME;
    }

    /** Publishes an event in the feed at once, whatever its time: a late event, or the same event again, as real feeds have them. */
    public FakeMailboxOperator emit(ProcessEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (lock) {
            feed.publish(event);
        }
        return this;
    }

    /**
     * From now on every newly received letter gets the process events of a made-up but realistic recipient,
     * repeatable with the seed: delivered; notified (90 %); opened by about 80 %, most within a day and a long tail
     * past two weeks; the attachment opened by 45 % of those; an operator reminder after three days to those who
     * have not opened; single sign-on into the questionnaire; a few blocking the sender. Each is published when
     * its time comes by the fake's {@link #clock}, plus what {@link #revealAhead} allows. Replaces {@link #openedRate}.
     */
    public FakeMailboxOperator simulateProcess(long seed) {
        ProcessSimulation simulated = new ProcessSimulation(seed);
        synchronized (lock) {
            simulation = simulated;
        }
        return this;
    }

    /**
     * Publishes events this much before their time: a demo that cannot wait two weeks sees a fortnight's
     * opening at once. Zero (the default) publishes an event when the clock reaches it.
     */
    public FakeMailboxOperator revealAhead(Duration ahead) {
        Duration checked = requireNotNegative(ahead, "ahead");
        synchronized (lock) {
            revealedAhead = checked;
        }
        return this;
    }

    /**
     * From now on every newly received letter gets a DELIVERED event, and an OPENED event with the
     * given probability (repeatable with the seed), as far as the capabilities report those types.
     */
    public FakeMailboxOperator openedRate(double rate, long seed) {
        OpenedEvents opened = new OpenedEvents(requireProbability(rate), new Random(seed));
        synchronized (lock) {
            openedEvents = opened;
        }
        return this;
    }

    /** The clock that stamps generated events. */
    public FakeMailboxOperator clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The page of the feed after the cursor (a position in the feed; empty: from the start), {@value FakeProcessFeed#PAGE} events at most. */
    @Override
    public ProcessEventBatch processEvents(Optional<String> cursor) {
        Objects.requireNonNull(cursor, "cursor");
        synchronized (lock) {
            feed.publishUntil(clock.instant().plus(revealedAhead));
            return feed.page(cursor);
        }
    }

    /** Every event published so far, in the feed's order. */
    public List<ProcessEvent> publishedEvents() {
        synchronized (lock) {
            feed.publishUntil(clock.instant().plus(revealedAhead));
            return feed.published();
        }
    }

    // ---- What happened ---------------------------------------------------------------------

    /** The letters received, each once, in the order they first arrived (none after {@link #forgetLetters()}). */
    public List<Letter> received() {
        synchronized (lock) {
            return List.copyOf(received.values());
        }
    }

    /** How many distinct letters were received. */
    public int receivedCount() {
        synchronized (lock) {
            return receivedIds.size();
        }
    }

    /** How many deliveries repeated a message id already received (and were answered Delivered). */
    public int repeats() {
        synchronized (lock) {
            return repeats;
        }
    }

    /** How many times a letter with this message id was handed to {@link #deliver}, whatever the answer. */
    public int attempts(String messageId) {
        synchronized (lock) {
            return attempts.getOrDefault(messageId, 0);
        }
    }

    /** How many times {@link #deliver} was called in all. */
    public int attempts() {
        synchronized (lock) {
            return totalAttempts;
        }
    }

    /** The most deliveries that were unanswered at the same time. */
    public int maxConcurrentDeliveries() {
        return maxInFlight.get();
    }

    /** The deliveries not answered yet. */
    public int deliveriesInFlight() {
        return inFlight.get();
    }

    /** Stops the scheduler; deliveries still waiting for their answer complete exceptionally. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        scheduler.shutdownNow();
        for (CompletableFuture<DeliveryResult> answer : List.copyOf(unanswered)) {
            answer.completeExceptionally(closedError());
        }
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("The fake operator was closed before it answered.");
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, was " + value);
        }
    }

    private static Duration requireNotNegative(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    private static double requireProbability(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("A probability is between 0 and 1, was " + probability);
        }
        return probability;
    }

    private record FailureRule(Predicate<Letter> applies, DeliveryResult result) {
    }

    private record RandomFailure(double probability, Random random, DeliveryResult result) {
    }

    private record OpenedEvents(double rate, Random random) {
    }
}
