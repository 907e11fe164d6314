package se.scb.dispatch.model;

/**
 * Why a row goes to paper or fails. The codes are stable: reports, scripts and the journal rely on
 * them, so a code is never renamed or given another meaning.
 */
public enum ReasonCode {
    /** The row could not be read as a row (wrong number of fields, broken quoting or JSON). */
    MALFORMED_ROW(Outcome.FAILED),
    /** The recipient column is empty or not a valid personal, coordination or organisation number. */
    INVALID_RECIPIENT_ID(Outcome.FAILED),
    /** An earlier row already has this recipient; the first row keeps the person. */
    DUPLICATE_RECIPIENT(Outcome.FAILED),
    /** The template uses a variable the row lacks or leaves blank, with no default. */
    MISSING_VARIABLE(Outcome.FAILED),
    /**
     * The rendered letter is larger than the operator takes, or a rendered field is longer than allowed; on
     * paper, the subject or the text is longer than a letter holds.
     */
    CONTENT_TOO_LARGE(Outcome.FAILED),
    /** Bound for paper, but the address lacks name, street, postal code or city, or has a bad postal code. */
    ADDRESS_INCOMPLETE(Outcome.FAILED),
    /**
     * Bound for paper, but the address cannot be printed as the post reads it: a line longer than the
     * envelope window holds, or letters of a script other than the Latin one.
     */
    ADDRESS_UNPRINTABLE(Outcome.FAILED),
    /** The operator refused the letter for good when it was sent. */
    OPERATOR_REJECTED(Outcome.FAILED),
    /** The operator could not be reached or kept failing until the retries ran out. */
    OPERATOR_UNAVAILABLE(Outcome.FAILED),
    /** Bound for paper, but the paper channel refused the letter's print batch on every attempt the retry policy allows. */
    PAPER_CHANNEL_FAILED(Outcome.FAILED),

    /** The recipient has no digital mailbox. */
    NO_MAILBOX(Outcome.PAPER),
    /** The recipient's mailbox does not accept letters from this sender. */
    SENDER_BLOCKED(Outcome.PAPER),
    /** The recipient's mailbox is being opened and does not take letters yet. */
    MAILBOX_PENDING(Outcome.PAPER),
    /** The dispatch (or the recipient's experiment arm) asks for paper. */
    PAPER_ONLY(Outcome.PAPER),
    /** A paper follow-up: the digital letter was delivered, and the case had not answered when the follow-up fell due. */
    NOT_ANSWERED(Outcome.PAPER);

    private final Outcome outcome;

    ReasonCode(Outcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome a row with this reason has. */
    public Outcome outcome() {
        return outcome;
    }
}
