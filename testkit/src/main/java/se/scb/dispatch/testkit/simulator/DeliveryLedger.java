package se.scb.dispatch.testkit.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What a simulator saw and did, by message id: every arrival with its time and the fault it was
 * answered with, whether the operator took the letter, and how many times it answered the letter
 * with a whole, clean success. A test asserts on it that nothing was delivered twice, that retries
 * stayed within their bound and that {@code Retry-After} was honoured.
 *
 * <p>Times are {@link System#nanoTime()} on the simulator's side: an arrival is timed when the
 * request reaches the handler, a 429 just before its answer is written, so a client that honours
 * the wait can never be seen to come back early. Thread-safe.
 */
public final class DeliveryLedger {

    private final Map<String, Letter> letters = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> messageIdsByRecipient = new ConcurrentHashMap<>();
    private final Map<FaultKind, AtomicInteger> faults = new ConcurrentHashMap<>();
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();

    DeliveryLedger() {
    }

    /** A delivery of the letter reached the simulator; returns its number among the letter's arrivals, from 1. */
    int arrived(String messageId) {
        arrivals.incrementAndGet();
        Letter letter = letters.computeIfAbsent(messageId, id -> new Letter());
        synchronized (letter) {
            letter.arrivals.add(System.nanoTime());
            if (letter.taken) {
                repeats.incrementAndGet();
            }
            return letter.arrivals.size();
        }
    }

    /** The operator keeps the letter (a repeat of a kept letter changes nothing). */
    void took(String messageId, String recipient) {
        Letter letter = letters.get(messageId);
        synchronized (letter) {
            letter.taken = true;
        }
        messageIdsByRecipient.computeIfAbsent(recipient, key -> ConcurrentHashMap.newKeySet()).add(messageId);
    }

    void injected(FaultKind kind) {
        faults.computeIfAbsent(kind, key -> new AtomicInteger()).incrementAndGet();
    }

    /** The letter's arrival number {@code arrival} was answered 429 asking to wait {@code wait}, now. */
    void askedToWait(String messageId, int arrival, Duration wait) {
        Letter letter = letters.get(messageId);
        synchronized (letter) {
            letter.waits.add(new Wait(arrival, System.nanoTime(), wait));
        }
    }

    /** A whole success answer for the letter went out without a fault. */
    void answeredDelivered(String messageId) {
        Letter letter = letters.get(messageId);
        synchronized (letter) {
            letter.deliveries++;
        }
    }

    /** Deliveries that reached the simulator, of every letter, whatever they were answered. */
    public int arrivals() {
        return arrivals.get();
    }

    /** Deliveries of this letter that reached the simulator, whatever they were answered. */
    public int arrivals(String messageId) {
        Letter letter = letters.get(messageId);
        if (letter == null) {
            return 0;
        }
        synchronized (letter) {
            return letter.arrivals.size();
        }
    }

    /** The most arrivals of any one letter: the bound a sender's retries must stay within. */
    public int mostArrivalsOfOneLetter() {
        return letters.keySet().stream().mapToInt(this::arrivals).max().orElse(0);
    }

    /** Whether the operator holds the letter (it may have been taken even though the answer went wrong). */
    public boolean taken(String messageId) {
        Letter letter = letters.get(messageId);
        if (letter == null) {
            return false;
        }
        synchronized (letter) {
            return letter.taken;
        }
    }

    /** The letters the operator holds, each once. */
    public Set<String> takenMessageIds() {
        return letters.keySet().stream().filter(this::taken).collect(Collectors.toUnmodifiableSet());
    }

    /** How many times the letter was answered with a whole, clean success: what a sender reads as "delivered". */
    public int deliveries(String messageId) {
        Letter letter = letters.get(messageId);
        if (letter == null) {
            return 0;
        }
        synchronized (letter) {
            return letter.deliveries;
        }
    }

    /** Letters answered "delivered" more than once: a sender that sends again after a clean success shows up here. */
    public Set<String> deliveredTwice() {
        return letters.keySet().stream().filter(id -> deliveries(id) > 1).collect(Collectors.toUnmodifiableSet());
    }

    /** Recipients holding more than one letter: a letter sent again under a new message id shows up here. */
    public int recipientsWithSeveralLetters() {
        return (int) messageIdsByRecipient.values().stream().filter(ids -> ids.size() > 1).count();
    }

    /** Arrivals of a letter the operator already held, which it dropped as a real one would. */
    public int repeats() {
        return repeats.get();
    }

    /** How often each fault was injected. */
    public Map<FaultKind, Integer> faultsInjected() {
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        faults.forEach((kind, count) -> counts.put(kind, count.get()));
        return Collections.unmodifiableMap(counts);
    }

    /** The letters that were answered 429 at least once. */
    public Set<String> askedToWait() {
        Set<String> asked = new HashSet<>();
        letters.forEach((id, letter) -> {
            synchronized (letter) {
                if (!letter.waits.isEmpty()) {
                    asked.add(id);
                }
            }
        });
        return asked;
    }

    /**
     * Letters that came back sooner after a 429 than its {@code Retry-After} asked, by more than
     * {@code slack} (which covers a sender's clock that rounds its due times): empty when every wait was honoured.
     */
    public List<String> retryAfterIgnored(Duration slack) {
        List<String> ignored = new ArrayList<>();
        letters.forEach((id, letter) -> {
            synchronized (letter) {
                for (Wait wait : letter.waits) {
                    Optional<Long> next = wait.arrival < letter.arrivals.size() ? Optional.of(letter.arrivals.get(wait.arrival)) : Optional.empty();
                    if (next.isPresent() && next.get() - wait.answeredAt < wait.asked.minus(slack).toNanos()) {
                        ignored.add(id);
                    }
                }
            }
        });
        return ignored;
    }

    @Override
    public String toString() {
        return "DeliveryLedger[arrivals=" + arrivals() + ", letters=" + takenMessageIds().size() + ", repeats=" + repeats() + ", faults="
                + faultsInjected() + "]";
    }

    /** One letter's record. Guarded by itself. */
    private static final class Letter {
        final List<Long> arrivals = new ArrayList<>(2);
        final List<Wait> waits = new ArrayList<>(0);
        boolean taken;
        int deliveries;
    }

    /** A 429 given to arrival number {@code arrival} (1-based), at {@code answeredAt} nanos, asking to wait {@code asked}. */
    private record Wait(int arrival, long answeredAt, Duration asked) {
    }
}
