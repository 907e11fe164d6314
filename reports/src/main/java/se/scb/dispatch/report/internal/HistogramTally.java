package se.scb.dispatch.report.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import se.scb.dispatch.report.TimeHistogram;

/** Counts durations into the fixed buckets of {@link TimeHistogram}. */
final class HistogramTally {

    private static final List<Long> EDGES = TimeHistogram.EDGES_HOURS;

    private final long[] counts = new long[EDGES.size()];

    /** Counts a duration; a negative one (an event's clock before the delivery's) is left out, as the process figures do. */
    void add(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        long minutes = duration.toMinutes();
        for (int i = EDGES.size() - 1; i >= 0; i--) {
            if (minutes >= EDGES.get(i) * 60) {
                counts[i]++;
                return;
            }
        }
    }

    TimeHistogram histogram() {
        List<TimeHistogram.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < EDGES.size(); i++) {
            OptionalLong upper = i + 1 < EDGES.size() ? OptionalLong.of(EDGES.get(i + 1)) : OptionalLong.empty();
            buckets.add(new TimeHistogram.Bucket(EDGES.get(i), upper, counts[i]));
        }
        return new TimeHistogram(buckets);
    }
}
