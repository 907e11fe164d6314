package se.scb.dispatch.plan.internal;

import java.util.UUID;

/**
 * Message ids for planned letters: random, and written to the journal with the plan, so every attempt
 * at a letter (after a retry, a crash, on another instance) carries the id the plan gave it and an
 * operator can drop the repeat.
 *
 * <p>Random rather than derived from the dispatch and the recipient: a name-based id of a recipient's
 * number could be reversed by trying the few thousand numbers of a birth date, and message ids outlive
 * a purge of the dispatch's personal data (in the journal, at the operator, in the fake's file).
 */
public final class MessageIds {

    private MessageIds() {
    }

    /** A new message id, unrelated to the dispatch and the recipient. */
    public static String next() {
        return UUID.randomUUID().toString();
    }
}
