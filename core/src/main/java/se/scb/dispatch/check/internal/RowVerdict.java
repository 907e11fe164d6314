package se.scb.dispatch.check.internal;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.RecipientOutcome;

/**
 * What the checks that need no directory say of a row: it failed (with its outcome), or it goes on to
 * routing with its recipient, and with the problems its content would have as a digital letter and on paper.
 */
public final class RowVerdict {

    private final RecipientOutcome failure;
    private final RecipientId recipient;
    private final Optional<String> contentProblem;
    private final Optional<String> paperProblem;

    private RowVerdict(RecipientOutcome failure, RecipientId recipient, Optional<String> contentProblem, Optional<String> paperProblem) {
        this.failure = failure;
        this.recipient = recipient;
        this.contentProblem = contentProblem;
        this.paperProblem = paperProblem;
    }

    static RowVerdict failed(RecipientOutcome outcome) {
        return new RowVerdict(Objects.requireNonNull(outcome, "outcome"), null, Optional.empty(), Optional.empty());
    }

    static RowVerdict toRouting(RecipientId recipient, Optional<String> contentProblem, Optional<String> paperProblem) {
        return new RowVerdict(null, Objects.requireNonNull(recipient, "recipient"), contentProblem, paperProblem);
    }

    /** The outcome of a row that failed a check; empty when it goes on to routing. */
    public Optional<RecipientOutcome> failure() {
        return Optional.ofNullable(failure);
    }

    /** The recipient of a row that goes on to routing. */
    public RecipientId recipient() {
        if (recipient == null) {
            throw new IllegalStateException("A row that failed its checks has no recipient to route.");
        }
        return recipient;
    }

    /** Why the letter would not fit as a digital message; applied only if routing sends it digitally. */
    public Optional<String> contentProblem() {
        return contentProblem;
    }

    /** Why the letter would not fit on paper; applied only if routing sends it on paper. */
    public Optional<String> paperProblem() {
        return paperProblem;
    }
}
