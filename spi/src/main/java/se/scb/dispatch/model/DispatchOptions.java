package se.scb.dispatch.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one dispatch asks for.
 *
 * @param name                    a name for people, e.g. "LFS 2026 Q4 invitation"
 * @param createdBy               who created it, for the journal
 * @param paperOnly               send everyone paper (no directory lookup): reason {@code PAPER_ONLY}
 * @param paperOnDigitalFailure   hand a letter to paper when digital delivery fails for good
 * @param schedule                when the letters go out
 * @param reminders               letters that follow this dispatch, in order, to the cases that have not responded
 *                                (the paper-if-unanswered follow-up is one kind: {@link #paperIfUnansweredAfter})
 * @param followUpOf              for a reminder, the first dispatch it follows
 */
public record DispatchOptions(
        String name,
        String createdBy,
        boolean paperOnly,
        boolean paperOnDigitalFailure,
        Schedule schedule,
        List<Reminder> reminders,
        Optional<String> followUpOf) {

    public DispatchOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(schedule, "schedule");
        reminders = List.copyOf(reminders);
        Objects.requireNonNull(followUpOf, "followUpOf");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A dispatch needs a name.");
        }
        if (followUpOf.isPresent() && !reminders.isEmpty()) {
            throw new IllegalArgumentException("A reminder has no reminders of its own: give them all to the first dispatch.");
        }
    }

    /** Digital first, paper for those who cannot get digital mail, no paper after a failed delivery, all now. */
    public static DispatchOptions named(String name) {
        return new DispatchOptions(name, System.getProperty("user.name", "unknown"), false, false, Schedule.immediately(), List.of(),
                Optional.empty());
    }

    public DispatchOptions paperOnly(boolean value) {
        return new DispatchOptions(name, createdBy, value, paperOnDigitalFailure, schedule, reminders, followUpOf);
    }

    public DispatchOptions paperOnDigitalFailure(boolean value) {
        return new DispatchOptions(name, createdBy, paperOnly, value, schedule, reminders, followUpOf);
    }

    public DispatchOptions createdBy(String who) {
        return new DispatchOptions(name, who, paperOnly, paperOnDigitalFailure, schedule, reminders, followUpOf);
    }

    public DispatchOptions schedule(Schedule value) {
        return new DispatchOptions(name, createdBy, paperOnly, paperOnDigitalFailure, value, reminders, followUpOf);
    }

    /**
     * Adds the survey counterpart of print-if-unread: this long after a digital letter was delivered, the same letter
     * goes out on paper to every case that has not answered by then (rows without a case id are not followed up).
     */
    public DispatchOptions paperIfUnansweredAfter(Duration after) {
        return reminder(Reminder.paperIfUnanswered(after));
    }

    /** Adds a reminder after those already given. */
    public DispatchOptions reminder(Reminder reminder) {
        List<Reminder> more = new ArrayList<>(reminders);
        more.add(Objects.requireNonNull(reminder, "reminder"));
        return new DispatchOptions(name, createdBy, paperOnly, paperOnDigitalFailure, schedule, more, followUpOf);
    }

    /** The options of the {@code number}th reminder (from 1) of the dispatch with these options and the given id. */
    public DispatchOptions reminderOf(String dispatchId, int number, Reminder reminder) {
        String what = reminder.onlyToDigital() && reminder.template().isEmpty() ? "paper to those who have not answered" : "reminder " + number;
        return new DispatchOptions(name + " (" + what + ")", createdBy, reminder.paperOnly(), paperOnDigitalFailure, Schedule.immediately(), List.of(),
                Optional.of(dispatchId));
    }
}
