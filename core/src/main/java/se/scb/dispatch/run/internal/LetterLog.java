package se.scb.dispatch.run.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.run.DispatchListener;

/**
 * Where the parts of a runner write what became of a dispatch's letters: a new state with the event
 * that says why, or an event alone, and the listener told of every letter settled. Answers are
 * gathered and written together ({@link JournalWrites}); what must be in the journal before the next
 * step (a print batch before its hand-over) is written at once.
 */
final class LetterLog {

    /** The longest an answer waits to be written to the journal (unless many are waiting: see {@link JournalWrites}). */
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);

    private final JournalStore journal;
    private final String dispatchId;
    private final Clock clock;
    private final DispatchListener listener;
    private final ProgressCounter progress;
    private final JournalWrites writes;
    /** Touched by the runner's thread only. */
    private Instant lastFlush = Instant.MIN;

    /** @param writer where flushes the runner only starts are written ({@link JournalWrites}) */
    LetterLog(JournalStore journal, String dispatchId, Clock clock, DispatchListener listener, Executor writer) {
        this.journal = journal;
        this.dispatchId = dispatchId;
        this.clock = clock;
        this.listener = listener;
        this.progress = new ProgressCounter(journal.status(dispatchId));
        this.writes = new JournalWrites(journal, writer);
    }

    Instant now() {
        return clock.instant();
    }

    /** A line in the letter's log, stamped now. */
    JournalEvent event(JournalEntry entry, EventType type, String code, String detail) {
        return new JournalEvent(dispatchId, entry.messageId(), entry.row().number(), clock.instant(), type, code, detail);
    }

    /** A line that changes no state (written with the next flush). */
    void note(JournalEntry entry, EventType type, String code, String detail) {
        writes.append(event(entry, type, code, detail));
    }

    /** A new state that is not final, e.g. due again later (written with the next flush). */
    void change(JournalEntry updated, EventType type, String code, String detail) {
        writes.record(updated, event(updated, type, code, detail));
    }

    /** A final state (written with the next flush); the listener hears of it. */
    void settle(JournalEntry updated, EventType type, String code, String detail) {
        change(updated, type, code, detail);
        listener.progressed(progress.settled(updated.state()));
    }

    /** New states written at once, after what is waiting; {@code event} says why for each. */
    void changeNow(List<JournalEntry> updated, Function<JournalEntry, JournalEvent> event) {
        writes.flush();
        journal.recordAll(updated, updated.stream().map(event).toList());
    }

    /** Final states written at once; the listener hears of each. */
    void settleNow(List<JournalEntry> updated, Function<JournalEntry, JournalEvent> event) {
        changeNow(updated, event);
        updated.forEach(each -> listener.progressed(progress.settled(each.state())));
    }

    /**
     * Starts writing what is waiting when much is, or when the oldest has waited long enough, and
     * returns while the journal writes. Runner's thread only.
     */
    void flushIfDue() {
        Instant now = clock.instant();
        if (writes.isFull() || Duration.between(lastFlush, now).compareTo(FLUSH_INTERVAL) >= 0) {
            writes.startFlush();
            lastFlush = now;
        }
    }

    /** Writes what is waiting, and returns when it is in the journal. Runner's thread only. */
    void flush() {
        writes.flush();
    }
}
