package se.scb.dispatch.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.model.Schedule;

/**
 * What one dispatch asks for.
 *
 * @param name                    a name for people, e.g. "LFS 2026 Q4 invitation"
 * @param createdBy               who created it, for the journal
 * @param paperOnly               send everyone paper (no directory lookup): reason {@code PAPER_ONLY}
 * @param paperOnDigitalFailure   hand a letter to paper when digital delivery fails for good
 * @param schedule                when the letters go out
 * @param paperIfUnansweredAfter  the survey counterpart of print-if-unread: this long after a digital
 *                                letter was delivered, the same letter goes out on paper to every case
 *                                that has not answered by then (rows without a case id are not followed up)
 * @param followUpOf              for a paper follow-up, the dispatch it follows up
 */
public record DispatchOptions(
        String name,
        String createdBy,
        boolean paperOnly,
        boolean paperOnDigitalFailure,
        Schedule schedule,
        Optional<Duration> paperIfUnansweredAfter,
        Optional<String> followUpOf) {

    public DispatchOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(paperIfUnansweredAfter, "paperIfUnansweredAfter");
        Objects.requireNonNull(followUpOf, "followUpOf");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A dispatch needs a name.");
        }
        paperIfUnansweredAfter.ifPresent(after -> {
            if (after.isNegative()) {
                throw new IllegalArgumentException("paperIfUnansweredAfter must not be negative, was " + after);
            }
        });
    }

    /** Digital first, paper for those who cannot get digital mail, no paper after a failed delivery, all now. */
    public static DispatchOptions named(String name) {
        return new DispatchOptions(name, System.getProperty("user.name", "unknown"), false, false, Schedule.immediately(), Optional.empty(),
                Optional.empty());
    }

    public DispatchOptions paperOnly(boolean value) {
        return new DispatchOptions(name, createdBy, value, paperOnDigitalFailure, schedule, paperIfUnansweredAfter, followUpOf);
    }

    public DispatchOptions paperOnDigitalFailure(boolean value) {
        return new DispatchOptions(name, createdBy, paperOnly, value, schedule, paperIfUnansweredAfter, followUpOf);
    }

    public DispatchOptions createdBy(String who) {
        return new DispatchOptions(name, who, paperOnly, paperOnDigitalFailure, schedule, paperIfUnansweredAfter, followUpOf);
    }

    public DispatchOptions schedule(Schedule value) {
        return new DispatchOptions(name, createdBy, paperOnly, paperOnDigitalFailure, value, paperIfUnansweredAfter, followUpOf);
    }

    public DispatchOptions paperIfUnansweredAfter(Duration after) {
        return new DispatchOptions(name, createdBy, paperOnly, paperOnDigitalFailure, schedule, Optional.of(after), followUpOf);
    }

    /** The options of the paper follow-up of the dispatch with these options and the given id. */
    public DispatchOptions paperFollowUpOf(String dispatchId) {
        return new DispatchOptions(name + " (paper to those who have not answered)", createdBy, true, false, Schedule.immediately(), Optional.empty(),
                Optional.of(dispatchId));
    }
}
