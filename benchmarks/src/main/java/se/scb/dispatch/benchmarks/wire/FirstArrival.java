package se.scb.dispatch.benchmarks.wire;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import se.scb.dispatch.testkit.simulator.DeliveryLedger;

/** When the first letter reached a simulator, watched from a thread of its own (to within a millisecond or two). */
final class FirstArrival {

    private final CompletableFuture<Long> at = new CompletableFuture<>();

    private FirstArrival() {
    }

    /** Watches the ledger from now; {@link #seconds()} is measured from {@code startNanos}. */
    static FirstArrival watch(DeliveryLedger ledger, long startNanos) {
        FirstArrival first = new FirstArrival();
        Thread watcher = new Thread(() -> {
            while (ledger.arrivals() == 0) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
            first.at.complete(System.nanoTime() - startNanos);
        }, "first-arrival");
        watcher.setDaemon(true);
        watcher.start();
        return first;
    }

    /** Seconds from the start to the first arrival; waits for it. */
    double seconds() throws Exception {
        return at.get(10, TimeUnit.MINUTES) / 1e9;
    }
}
