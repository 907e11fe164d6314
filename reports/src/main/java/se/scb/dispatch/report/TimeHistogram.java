package se.scb.dispatch.report;

import java.util.List;
import java.util.OptionalLong;

/**
 * How long letters took after digital delivery (to opening, or to response), counted in fixed buckets of hours:
 * under 1 hour, 1–6, 6–24, 1–3 days, 3–7 days, 1–2 weeks, 2 weeks or more. Fixed buckets make two dispatches'
 * charts comparable.
 */
public record TimeHistogram(List<Bucket> buckets) {

    /** The buckets' lower edges in hours; the last is open. */
    public static final List<Long> EDGES_HOURS = List.of(0L, 1L, 6L, 24L, 72L, 168L, 336L);

    public TimeHistogram {
        buckets = List.copyOf(buckets);
    }

    /** Letters in all buckets. */
    public long letters() {
        return buckets.stream().mapToLong(Bucket::letters).sum();
    }

    /**
     * One bucket: letters that took at least {@code fromHours} and less than {@code toHours}.
     *
     * @param toHours empty for the last bucket, which is open
     */
    public record Bucket(long fromHours, OptionalLong toHours, long letters) {
    }
}
