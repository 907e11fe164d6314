package se.scb.dispatch.spi;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads an adapter gives its {@link java.net.http.HttpClient}. Without an executor of its own the
 * JDK 17 client hands responses to a cached pool that starts a new thread for every response when the
 * common pool is small (one thread on a 2-core machine): thousands of threads a minute at full speed.
 * A fixed number of daemon threads instead, queueing the rest; idle ones end, so an adapter nobody
 * closes leaves no thread behind for long and never keeps the JVM alive.
 */
public final class AdapterThreads {

    private static final long IDLE_SECONDS = 30;

    private AdapterThreads() {
    }

    /**
     * An executor for one adapter's HTTP client: as many threads as the machine has cores (at least
     * two, at most {@code maxInFlight}, since no more responses can be under way), named
     * {@code name-1}, {@code name-2} … Shut it down when the adapter closes.
     */
    public static ExecutorService forHttpClient(String name, int maxInFlight) {
        return perCore(name, maxInFlight, 2);
    }

    /**
     * An executor for an adapter's own work on a letter before it goes on the wire (building and
     * signing a request): as many threads as the machine has cores, at most {@code maxInFlight}, so
     * that the runner's one thread hands each letter over and every core can sign. Named and ended as
     * {@link #forHttpClient}.
     */
    public static ExecutorService forCpuWork(String name, int maxInFlight) {
        return perCore(name, maxInFlight, 1);
    }

    private static ExecutorService perCore(String name, int maxInFlight, int atLeast) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        int threads = Math.min(maxInFlight, Math.max(atLeast, Runtime.getRuntime().availableProcessors()));
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads(name));
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Daemon threads named {@code name-1}, {@code name-2} …: they never keep a host's JVM alive. */
    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
