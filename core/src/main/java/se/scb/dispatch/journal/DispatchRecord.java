package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A dispatch as the journal keeps it.
 *
 * @param sender the sender's organisation number, canonical form (an organisation's number is not personal data)
 */
public record DispatchRecord(String id, String name, String sender, String subject, boolean paperOnly, Instant createdAt, String createdBy) {

    public DispatchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
