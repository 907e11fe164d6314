package se.scb.dispatch.plan.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.RecipientOutcome;

/**
 * Message ids derived from the dispatch and the recipient, so every attempt at a letter (after a
 * retry, a crash, on another instance) carries the same id and an operator can drop the repeat.
 */
public final class MessageIds {

    private MessageIds() {
    }

    /**
     * A name-based UUID of the dispatch id and the recipient's canonical id. A row that failed in the
     * plan is never sent and may have no valid recipient, or share it with an earlier row (a
     * duplicate): its id comes from its row number instead.
     */
    public static String of(String dispatchId, RecipientOutcome outcome) {
        String name = outcome.outcome() == Outcome.FAILED
                ? dispatchId + "/row/" + outcome.row()
                : dispatchId + "/recipient/" + outcome.recipient().orElseThrow().canonical();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
