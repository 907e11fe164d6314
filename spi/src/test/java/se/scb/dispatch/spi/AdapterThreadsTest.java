package se.scb.dispatch.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

class AdapterThreadsTest {

    @Test
    void runsOnNamedDaemonThreads() {
        ExecutorService executor = AdapterThreads.forHttpClient("kivra-http", 16);
        try {
            Thread thread = CompletableFuture.supplyAsync(Thread::currentThread, executor).join();
            assertThat(thread.isDaemon()).isTrue();
            assertThat(thread.getName()).startsWith("kivra-http-");
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void hasNoMoreThreadsThanRequestsCanBeInFlight() {
        ExecutorService executor = AdapterThreads.forHttpClient("one", 1);
        try {
            assertThat(((ThreadPoolExecutor) executor).getMaximumPoolSize()).isEqualTo(1);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void refusesABoundBelowOne() {
        assertThatThrownBy(() -> AdapterThreads.forHttpClient("none", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
