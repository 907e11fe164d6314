package se.scb.dispatch.run.internal;

import java.util.concurrent.atomic.AtomicLong;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.run.SendProgress;

/** Running counts for the listener, seeded from what the journal already has settled; safe from any thread. */
final class ProgressCounter {

    private final long total;
    private final AtomicLong delivered;
    private final AtomicLong onPaper;
    private final AtomicLong failed;

    ProgressCounter(DispatchStatus status) {
        total = status.total();
        delivered = new AtomicLong(status.count(DeliveryState.DELIVERED));
        onPaper = new AtomicLong(status.count(DeliveryState.HANDED_TO_PAPER));
        failed = new AtomicLong(status.count(DeliveryState.FAILED) + status.count(DeliveryState.CANCELLED));
    }

    /** Counts one more letter settled in {@code state} and tells the progress so far. */
    SendProgress settled(DeliveryState state) {
        switch (state) {
            case DELIVERED:
                delivered.incrementAndGet();
                break;
            case HANDED_TO_PAPER:
                onPaper.incrementAndGet();
                break;
            default:
                failed.incrementAndGet();
        }
        long d = delivered.get();
        long p = onPaper.get();
        long f = failed.get();
        return new SendProgress(total, d + p + f, d, p, f);
    }
}
