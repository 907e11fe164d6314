package se.scb.dispatch.process;

import java.util.Set;

/**
 * An operator that holds mailboxes among a dispatch's letters.
 *
 * @param id           the operator's id as the directory gave it, e.g. {@code kivra}
 * @param name         its name for people, e.g. {@code Kivra}
 * @param letters      the dispatch's letters planned to its mailboxes
 * @param capabilities the facts it can tell of them
 */
public record OperatorLetters(String id, String name, long letters, Set<Fact> capabilities) {

    public OperatorLetters {
        capabilities = Set.copyOf(capabilities);
    }
}
