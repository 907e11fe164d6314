package se.scb.dispatch.population;

/**
 * Where the rows of a dispatch come from. A source is opened once per pass (preview, validation
 * and sending each read it again) and streams its rows: it never holds them all in memory.
 */
public interface PopulationSource {

    /**
     * Opens a new pass over the rows.
     *
     * @throws PopulationException when the source cannot be opened or read at all (a missing file,
     *                             no header); a single bad row is not an exception but a malformed row
     */
    PopulationReader open();

    /** A short description for messages, e.g. the file name. Never personal data. */
    String description();
}
