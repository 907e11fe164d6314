package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the history: a dispatch, its counts and its times.
 *
 * @param firstSentAt when its first letter went out (the earliest attempt logged), if one has
 * @param lastEventAt the time of the line written last to its log; the plan's lines count as written when
 *                    the dispatch was made; empty for a dispatch without letters
 */
public record DispatchSummary(DispatchRecord dispatch, DispatchStatus status, Optional<Instant> firstSentAt, Optional<Instant> lastEventAt) {
}
