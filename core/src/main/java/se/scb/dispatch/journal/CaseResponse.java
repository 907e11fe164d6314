package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * The product system's word that a case has answered: the survey was filled in on the web, by
 * telephone, on paper …
 *
 * @param caseId  the case, as in the population's {@code case_id} column
 * @param channel how the answer came, e.g. {@code web}, {@code phone}, {@code paper}
 */
public record CaseResponse(String caseId, Instant at, String channel) {

    public CaseResponse {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("A response needs the case id it answers.");
        }
        if (channel.isBlank()) {
            throw new IllegalArgumentException("A response needs the channel it came by, e.g. web or phone.");
        }
    }
}
