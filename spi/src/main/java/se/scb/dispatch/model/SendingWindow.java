package se.scb.dispatch.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Days of the week and hours of the day, in Swedish time, when letters may go out: a letter that
 * arrives on a weekday morning is read and answered when the survey's helpdesk is open.
 *
 * @param from the first minute of the window (inclusive)
 * @param to   the end of the window (exclusive); after {@code from}
 */
public record SendingWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    /** The zone every window is read in, whatever the machine's own zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    public SendingWindow {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A sending window needs at least one day.");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A sending window must end after it starts (" + from + "–" + to + ").");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Monday to Friday, {@code fromHour}:00 to {@code toHour}:00. */
    public static SendingWindow weekdays(int fromHour, int toHour) {
        return new SendingWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(fromHour, 0),
                toHour == 24 ? LocalTime.MAX : LocalTime.of(toHour, 0));
    }

    public boolean contains(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
    }

    /** The instant itself when inside the window, else the window's next opening. */
    public Instant nextOpening(Instant instant) {
        if (contains(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(ZONE);
        for (int day = 0; day <= 7; day++) {
            ZonedDateTime candidate = local.toLocalDate().plusDays(day).atTime(from).atZone(ZONE);
            if (days.contains(candidate.getDayOfWeek()) && candidate.toInstant().isAfter(instant)) {
                return candidate.toInstant();
            }
        }
        throw new IllegalStateException("A window with days " + days + " always opens within a week");
    }
}
