package se.scb.dispatch.run.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 */
final class JournalWrites {

    private static final Logger LOG = LoggerFactory.getLogger(JournalWrites.class);
    /** Written at once when this many are waiting, whatever the time. */
    static final int FLUSH_SIZE = 500;
    /** Failed flushes in a row before the runner gives up rather than renew leases on letters it cannot record. */
    private static final int MAX_FAILED_FLUSHES = 5;

    private final JournalStore journal;
    private final Object lock = new Object();
    // Guarded by lock.
    private List<Write> waiting = new ArrayList<>();
    private int failedFlushes;

    JournalWrites(JournalStore journal) {
        this.journal = journal;
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
        synchronized (lock) {
            return waiting.size() >= FLUSH_SIZE;
        }
    }

    /**
     * Writes everything waiting, in one step. When the journal refuses the step, each write is tried
     * on its own, so one letter another runner settled meanwhile (its lease ran out under us) does not
     * hold up the rest; what still cannot be written waits for the next flush, and after several
     * failed flushes in a row the failure is thrown.
     */
    void flush() {
        List<Write> writing;
        synchronized (lock) {
            if (waiting.isEmpty()) {
                return;
            }
            writing = waiting;
            waiting = new ArrayList<>();
        }
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
