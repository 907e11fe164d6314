package se.scb.dispatch.journal;

import se.scb.dispatch.journal.internal.InMemoryJournal;

/**
 * Where dispatches are kept: a journal is opened by the host ({@link se.scb.dispatch.journal.jdbc.JdbcJournal}
 * for a database, {@link #inMemory()} for tests) and given to the dispatcher, which plans and sends
 * through it. What the host itself can do with it is read ({@link DispatchLog}) and close it.
 */
public interface Journal extends DispatchLog, AutoCloseable {

    /**
     * A journal in the heap: for tests and runs that need no durability. Everything is lost when the
     * process ends, so it cannot resume after a crash.
     */
    static Journal inMemory() {
        return new InMemoryJournal();
    }

    /** Releases what the journal holds open (an embedded database's files); a data source passed in stays open. */
    @Override
    void close();
}
