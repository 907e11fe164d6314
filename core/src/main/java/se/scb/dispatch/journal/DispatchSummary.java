package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the history: a dispatch, its counts and its times.
 *
 * @param firstSentAt when its first letter went out, if one has
 * @param lastEventAt when anything last happened to it
 */
public record DispatchSummary(DispatchRecord dispatch, DispatchStatus status, Optional<Instant> firstSentAt, Optional<Instant> lastEventAt) {
}
