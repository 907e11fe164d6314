package se.scb.dispatch.population;

import java.util.Iterator;
import java.util.List;

/** One pass over a {@link PopulationSource}. Close it when done. */
public interface PopulationReader extends Iterator<PopulationRow>, AutoCloseable {

    /**
     * The column names as written in the header (trimmed), in order. For sources without a header
     * (JSON Lines, rows from code) the names seen so far, in the order first seen.
     */
    List<String> columns();

    @Override
    void close();
}
