package se.scb.dispatch.process.internal;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import se.scb.dispatch.process.TimeFigures;

/**
 * Durations counted by the minute, so percentiles of a million letters need at most one counter per
 * distinct minute (a few tens of thousands), not the million; the mean is exact.
 */
final class DurationTally {

    private static final double MINUTES_PER_HOUR = 60;
    private static final double SECONDS_PER_HOUR = 3_600;

    private final TreeMap<Long, Long> byMinute = new TreeMap<>();
    private long count;
    private double totalSeconds;

    void add(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        byMinute.merge(duration.toMinutes(), 1L, Long::sum);
        count++;
        totalSeconds += duration.toSeconds();
    }

    TimeFigures figures() {
        if (count == 0) {
            return new TimeFigures(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        return new TimeFigures(count, percentile(0.5), OptionalDouble.of(totalSeconds / count / SECONDS_PER_HOUR), percentile(0.25),
                percentile(0.75));
    }

    /** The nearest-rank percentile, in hours. */
    private OptionalDouble percentile(double p) {
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (Map.Entry<Long, Long> minute : byMinute.entrySet()) {
            seen += minute.getValue();
            if (seen >= rank) {
                return OptionalDouble.of(minute.getKey() / MINUTES_PER_HOUR);
            }
        }
        throw new IllegalStateException("A rank within the count is always reached.");
    }
}
