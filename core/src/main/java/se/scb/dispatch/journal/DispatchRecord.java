package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.model.DispatchOptions;

/**
 * A dispatch as the journal keeps it: enough to send its letters from any process, at any later time.
 *
 * @param sender       the sender's organisation number, canonical (an organisation's number is not personal data)
 * @param templateJson the template, self-contained (attachments included), as {@link JournalCodec} writes it
 * @param purgedAt     when its personal data was purged, if it was
 */
public record DispatchRecord(
        String id,
        DispatchOptions options,
        String sender,
        String subject,
        String templateJson,
        DispatchState state,
        Instant createdAt,
        Optional<Instant> purgedAt) {

    public DispatchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(templateJson, "templateJson");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(purgedAt, "purgedAt");
    }

    public String name() {
        return options.name();
    }

    public DispatchRecord withState(DispatchState newState) {
        return new DispatchRecord(id, options, sender, subject, templateJson, newState, createdAt, purgedAt);
    }

    @Override
    public String toString() {
        return "DispatchRecord[id=" + id + ", name=" + options.name() + ", state=" + state + "]";
    }
}
