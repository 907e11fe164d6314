package se.scb.dispatch.population;

import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The iterator and closing rules every reader shares: one row read ahead, resources released as
 * soon as the rows run out, input failures turned into {@link PopulationException}. Not for use by
 * several threads at once.
 */
abstract class RowReader implements PopulationReader {

    private final String description;
    private PopulationRow ahead;
    private boolean exhausted;
    private boolean released;
    private boolean closed;

    RowReader(String description) {
        this.description = description;
    }

    /** The next row, or {@code null} when there are no more. */
    abstract PopulationRow readRow() throws IOException;

    /** Gives back what the reader holds open; called once. */
    abstract void release() throws IOException;

    @Override
    public final boolean hasNext() {
        if (closed) {
            throw new IllegalStateException("the reader of " + description + " is closed; open the source again");
        }
        if (ahead == null && !exhausted) {
            ahead = readOrFail();
            if (ahead == null) {
                exhausted = true;
                releaseOnce();
            }
        }
        return ahead != null;
    }

    @Override
    public final PopulationRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows in " + description);
        }
        PopulationRow row = ahead;
        ahead = null;
        return row;
    }

    @Override
    public final void close() {
        closed = true;
        ahead = null;
        releaseOnce();
    }

    private PopulationRow readOrFail() {
        try {
            return readRow();
        } catch (IOException e) {
            exhausted = true;
            releaseQuietly();
            throw PopulationException.cannotRead(description, e);
        }
    }

    private void releaseOnce() {
        if (released) {
            return;
        }
        released = true;
        try {
            release();
        } catch (IOException e) {
            throw PopulationException.cannotRead(description, e);
        }
    }

    private void releaseQuietly() {
        try {
            releaseOnce();
        } catch (PopulationException ignored) {
            // The read failure that brought us here is the one worth reporting.
        }
    }
}
