package se.scb.dispatch.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which dispatches the history lists: newest first, optionally only some states and a period of
 * creation, at most {@code limit}.
 *
 * @param states empty means every state
 * @param from   created at or after, if given
 * @param to     created before, if given
 */
public record HistoryQuery(Set<DispatchState> states, Optional<Instant> from, Optional<Instant> to, int limit) {

    public HistoryQuery {
        states = Set.copyOf(states);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    /** The 100 newest dispatches in any state. */
    public static HistoryQuery all() {
        return new HistoryQuery(Set.of(), Optional.empty(), Optional.empty(), 100);
    }

    public HistoryQuery inStates(Set<DispatchState> wanted) {
        return new HistoryQuery(wanted, from, to, limit);
    }

    public HistoryQuery createdBetween(Optional<Instant> start, Optional<Instant> end) {
        return new HistoryQuery(states, start, end, limit);
    }

    public HistoryQuery limit(int most) {
        return new HistoryQuery(states, from, to, most);
    }

    public boolean matches(DispatchRecord dispatch) {
        return (states.isEmpty() || states.contains(dispatch.state()))
                && from.map(start -> !dispatch.createdAt().isBefore(start)).orElse(true)
                && to.map(end -> dispatch.createdAt().isBefore(end)).orElse(true);
    }
}
