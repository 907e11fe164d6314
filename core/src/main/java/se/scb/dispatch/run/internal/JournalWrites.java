package se.scb.dispatch.run.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.internal.JournalStore;

/**
 * Answers and log lines on their way to the journal, written together in one transaction instead
 * of one each: an embedded journal syncs its file once per commit, which would otherwise bound a
 * dispatch to a few hundred letters a second.
 *
 * <p>Nothing is lost by waiting: a letter whose answer is not yet written is still claimed under
 * this runner's lease, and if the process dies it is sent again under the same message id, which
 * the operator drops. Answers arrive on the operators' threads; only the runner's thread flushes.
 *
 * <p>A flush the runner merely starts ({@link #startFlush}) is written on the journal's writer thread,
 * so the runner goes on claiming and starting letters while the journal commits (a profile of a
 * fast operator showed the runner's one thread spending most of its time in the journal's commits).
 * While one write is under way, what arrives waits for the next, which is then larger: the journal
 * commits less often the busier it is. When the journal falls behind by {@link #MOST_WAITING}, the
 * runner waits for it, which slows the sending to the journal's pace. Writes happen one at a time, in
 * the order they were started.
 */
final class JournalWrites {

    private static final Logger LOG = LoggerFactory.getLogger(JournalWrites.class);
    /** Written at once when this many are waiting, whatever the time. */
    static final int FLUSH_SIZE = 500;
    /** Waiting while a write is under way, at most, before the runner waits for the journal: memory stays small. */
    static final int MOST_WAITING = 4 * FLUSH_SIZE;
    /** Failed flushes in a row before the runner gives up rather than renew leases on letters it cannot record. */
    private static final int MAX_FAILED_FLUSHES = 5;

    private final JournalStore journal;
    private final Executor writer;
    private final Object lock = new Object();
    // Guarded by lock.
    private List<Write> waiting = new ArrayList<>();
    /** Touched by one write at a time: writes are one after another. */
    private int failedFlushes;
    /** The write started last. Runner's thread only. */
    private CompletableFuture<Void> underWay = CompletableFuture.completedFuture(null);

    /** Writes in the caller's thread. */
    JournalWrites(JournalStore journal) {
        this(journal, Runnable::run);
    }

    /** @param writer runs started flushes, one at a time in the order given (a single thread) */
    JournalWrites(JournalStore journal, Executor writer) {
        this.journal = journal;
        this.writer = writer;
    }

    /** A letter's new state and the event that says why. */
    void record(JournalEntry updated, JournalEvent event) {
        add(new Write(Optional.of(updated), event));
    }

    /** A log line that changes no state. */
    void append(JournalEvent event) {
        add(new Write(Optional.empty(), event));
    }

    private void add(Write write) {
        synchronized (lock) {
            waiting.add(write);
        }
    }

    boolean isFull() {
        return waiting() >= FLUSH_SIZE;
    }

    private int waiting() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /**
     * Hands what is waiting to the writer and returns, unless a write is still under way: then it
     * waits for the next, or, when {@link #MOST_WAITING} are waiting, the runner waits for that write
     * first. Throws what {@link #flush} would have thrown for an earlier write. Runner's thread only.
     */
    void startFlush() {
        if (!underWay.isDone() && waiting() < MOST_WAITING) {
            return;
        }
        awaitUnderWay();
        List<Write> writing = takeWaiting();
        if (writing.isEmpty()) {
            return;
        }
        try {
            underWay = CompletableFuture.runAsync(() -> write(writing), writer);
        } catch (RejectedExecutionException closing) {
            // The runner is closing under a drain that still sends: write here, as before there was a writer.
            write(writing);
        }
    }

    /**
     * Writes everything waiting, in one step. When the journal refuses the step, each write is tried
     * on its own, so one letter another runner settled meanwhile (its lease ran out under us) does not
     * hold up the rest; what still cannot be written waits for the next flush, and after several
     * failed flushes in a row the failure is thrown.
     */
    void flush() {
        awaitUnderWay();
        List<Write> writing = takeWaiting();
        if (!writing.isEmpty()) {
            write(writing);
        }
    }

    private void awaitUnderWay() {
        try {
            underWay.join();
        } catch (CompletionException e) {
            // Thrown once; what the write left is waiting again, and the next flush tries it.
            underWay = CompletableFuture.completedFuture(null);
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private List<Write> takeWaiting() {
        synchronized (lock) {
            List<Write> taken = waiting;
            waiting = new ArrayList<>();
            return taken;
        }
    }

    private void write(List<Write> writing) {
        try {
            journal.recordAll(writing.stream().flatMap(write -> write.entry().stream()).toList(), writing.stream().map(Write::event).toList());
            failedFlushes = 0;
        } catch (RuntimeException together) {
            List<Write> left = oneByOne(writing);
            if (left.isEmpty()) {
                failedFlushes = 0;
                return;
            }
            synchronized (lock) {
                left.addAll(waiting);
                waiting = left;
            }
            if (++failedFlushes >= MAX_FAILED_FLUSHES) {
                throw together;
            }
            LOG.warn("The journal did not take {} writes ({}); trying again", left.size(), together.getMessage());
        }
    }

    private List<Write> oneByOne(List<Write> writes) {
        List<Write> left = new ArrayList<>();
        for (Write write : writes) {
            try {
                if (write.entry().isPresent()) {
                    journal.record(write.entry().get(), write.event());
                } else {
                    journal.append(write.event());
                }
            } catch (IllegalStateException settledElsewhere) {
                LOG.warn("Letter {} was settled by another runner meanwhile; its answer here is dropped: {}", write.event().messageId(),
                        settledElsewhere.getMessage());
            } catch (RuntimeException e) {
                left.add(write);
            }
        }
        return left;
    }

    /** One write: a new state with its event, or an event alone. */
    private record Write(Optional<JournalEntry> entry, JournalEvent event) {
    }
}
