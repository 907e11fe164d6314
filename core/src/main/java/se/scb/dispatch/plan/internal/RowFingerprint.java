package se.scb.dispatch.plan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import se.scb.dispatch.population.PopulationRow;

/**
 * What the rows of a source hash to, row after row (SHA-256 of each row's number, columns, values and, for a row that
 * could not be read, why). Stored with each part of a plan, so that a plan cut short is continued only from a source
 * whose rows up to the last one planned are the very rows planned: hashing rows as they are planned costs nothing
 * before the first letter, where a hash of the whole file would have to read it first.
 */
public final class RowFingerprint {

    private static final byte FIELD_END = 0;
    private static final byte ROW_END = 1;

    private final MessageDigest digest;
    private long rows;

    public RowFingerprint() {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
    }

    /** Adds the next row of the source. */
    public void add(PopulationRow row) {
        field(Long.toString(row.number()));
        for (Map.Entry<String, String> column : row.variables().entrySet()) {
            field(column.getKey());
            field(column.getValue());
        }
        row.malformed().ifPresent(this::field);
        digest.update(ROW_END);
        rows++;
    }

    /** How many rows were added. */
    public long rows() {
        return rows;
    }

    /** The hash of the rows added so far, in hex; more rows may be added after. */
    public String value() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's SHA-256 can be cloned.", e);
        }
    }

    private void field(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update(FIELD_END);
    }
}
