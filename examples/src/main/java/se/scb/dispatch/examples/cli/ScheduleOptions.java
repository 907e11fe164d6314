package se.scb.dispatch.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.model.SendingWindow;

/** When a dispatch's letters go out: {@code --at}, {@code --per-minute}, {@code --window}, {@code --waves}. */
final class ScheduleOptions {

    @Option(names = "--at", paramLabel = "TIME", converter = TimeConverter.class,
            description = "No letter before this time, e.g. 2026-12-01T08:00 (Swedish time) or 2026-12-01T07:00:00Z."
                    + " A time in the future only plans the dispatch; 'dispatch run' sends it then.")
    private Instant at;

    @Option(names = "--per-minute", paramLabel = "N", description = "At most N letters a minute (per running process).")
    private Integer perMinute;

    @Option(names = "--window", paramLabel = "DAYS HH:MM-HH:MM", converter = WindowConverter.class,
            description = "Send only inside this window, in Swedish time, e.g. \"Mon-Fri 09:00-17:00\"; repeat for several.")
    private List<SendingWindow> windows = new ArrayList<>();

    @Option(names = "--waves", paramLabel = "N", defaultValue = "1",
            description = "Spread the letters over N waves, each recipient in one at random (default: ${DEFAULT-VALUE}).")
    private int waves;

    @Option(names = "--wave-interval", paramLabel = "DURATION", defaultValue = "P1D",
            description = "The time from one wave's start to the next, ISO-8601 (default: ${DEFAULT-VALUE}, a day; PT4H is four hours).")
    private Duration waveInterval;

    /**
     * The schedule the options describe.
     *
     * @throws ParameterException naming the option that does not fit
     */
    Schedule schedule(CommandSpec spec) {
        Schedule schedule = Schedule.immediately();
        try {
            if (at != null) {
                schedule = schedule.startingAt(at);
            }
            if (perMinute != null) {
                schedule = schedule.atMostPerMinute(perMinute);
            }
            if (!windows.isEmpty()) {
                schedule = schedule.within(windows.toArray(SendingWindow[]::new));
            }
            return schedule.inWaves(waves, waveInterval);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "The schedule cannot be used: " + e.getMessage());
        }
    }

    /** Whether the letters are to wait for a time still to come, so that the command only plans. */
    boolean startsAfter(Instant now) {
        return at != null && at.isAfter(now);
    }
}
