package se.scb.dispatch;

import java.util.Objects;
import se.scb.dispatch.schedule.Schedule;

/**
 * What one dispatch asks for.
 *
 * @param name                  a name for people, e.g. "LFS 2026 Q4 invitation"
 * @param createdBy             who created it, for the journal
 * @param paperOnly             send everyone paper (no directory lookup): reason {@code PAPER_ONLY}
 * @param paperOnDigitalFailure hand a letter to paper when digital delivery fails for good
 * @param schedule              when the letters go out
 */
public record DispatchOptions(String name, String createdBy, boolean paperOnly, boolean paperOnDigitalFailure, Schedule schedule) {

    public DispatchOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(schedule, "schedule");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A dispatch needs a name.");
        }
    }

    /** Digital first, paper for those who cannot get digital mail, no paper after a failed delivery, all now. */
    public static DispatchOptions named(String name) {
        return new DispatchOptions(name, System.getProperty("user.name", "unknown"), false, false, Schedule.immediately());
    }

    public DispatchOptions paperOnly(boolean value) {
        return new DispatchOptions(name, createdBy, value, paperOnDigitalFailure, schedule);
    }

    public DispatchOptions paperOnDigitalFailure(boolean value) {
        return new DispatchOptions(name, createdBy, paperOnly, value, schedule);
    }

    public DispatchOptions createdBy(String who) {
        return new DispatchOptions(name, who, paperOnly, paperOnDigitalFailure, schedule);
    }

    public DispatchOptions schedule(Schedule value) {
        return new DispatchOptions(name, createdBy, paperOnly, paperOnDigitalFailure, value);
    }
}
