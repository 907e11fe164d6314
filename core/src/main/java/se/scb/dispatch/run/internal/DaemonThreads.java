package se.scb.dispatch.run.internal;

import java.util.concurrent.ThreadFactory;

/** The dispatcher's own threads: daemons, so a host's JVM never waits for them, each named for what it does. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads named {@code name}, for an executor that keeps one thread. */
    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
