package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;
import se.scb.dispatch.id.IdentityNumbers;

/**
 * Something that happened to a case on the survey's side, as the product system reports it: the
 * recipient logged in to the questionnaire, started it, or responded. The journal keeps the earliest
 * time of each kind per case, so the same event reported twice, or events reported out of order,
 * change nothing.
 *
 * @param caseId  the case, as in the population's {@code case_id} column
 * @param channel how it came about, e.g. {@code web}, {@code sso} (single sign-on from the mailbox), {@code phone}, {@code paper};
 *                empty when the product system does not say
 */
public record CaseEvent(String caseId, Kind kind, Instant at, String channel) {

    public CaseEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        channel = channel == null ? "" : channel.strip();
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("A case event needs the case id it belongs to.");
        }
    }

    /** What happened, in the order a case usually goes through them. */
    public enum Kind {
        /** Logged in to the questionnaire (directly, or through single sign-on from the mailbox). */
        LOGGED_IN,
        /** Started to fill in the questionnaire. */
        STARTED,
        /** Responded: the survey was answered. */
        RESPONDED
    }

    /** A case id may hold an identity number (some systems use one): masked, like everywhere else. */
    @Override
    public String toString() {
        return "CaseEvent[caseId=" + IdentityNumbers.mask(caseId) + ", kind=" + kind + ", at=" + at + ", channel=" + channel + "]";
    }
}
