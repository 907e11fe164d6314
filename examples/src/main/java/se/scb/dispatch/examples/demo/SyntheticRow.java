package se.scb.dispatch.examples.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;

/**
 * One generated row: its columns as a source system would export them, and what the directory
 * should answer for it.
 *
 * @param columns   in export order
 * @param recipient the id the row's recipient column holds, when it is a valid one
 */
public record SyntheticRow(Map<String, String> columns, Optional<RecipientId> recipient, MailboxTruth truth) {

    public SyntheticRow {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    @Override
    public String toString() {
        return "SyntheticRow[recipient=" + recipient.map(RecipientId::masked).orElse("-") + ", truth=" + truth + "]";
    }
}
