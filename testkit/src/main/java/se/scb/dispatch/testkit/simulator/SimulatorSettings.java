package se.scb.dispatch.testkit.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How a simulator behaves; set through its builder.
 *
 * @param latency      how long each answer is held back, faults included
 * @param faults       how often deliveries meet each fault
 * @param seed         the seed of the draws that pick faults; the same seed gives each letter's n-th arrival the same fault
 * @param retryAfter   the wait a 429 asks for, in whole seconds
 * @param noAnswerHold how long a request that gets no answer is held before its connection is closed
 * @param dripPieces   how many pieces a dripped answer is written in
 * @param dripPause    the pause between two pieces of a dripped answer
 * @param port         the port to listen on, 0 for any free one
 * @param threads      threads that read requests and write answers
 * @param keepBodies   how many deliveries' request bodies to keep
 */
record SimulatorSettings(Duration latency, FaultRates faults, long seed, Duration retryAfter, Duration noAnswerHold, int dripPieces,
        Duration dripPause, int port, int threads, int keepBodies) {

    SimulatorSettings {
        requireNotNegative("latency", latency);
        Objects.requireNonNull(faults, "faults");
        requireNotNegative("retryAfter", retryAfter);
        if (retryAfter.toNanos() % 1_000_000_000L != 0) {
            throw new IllegalArgumentException("Retry-After is given in whole seconds, not " + retryAfter);
        }
        requireNotNegative("noAnswerHold", noAnswerHold);
        requireNotNegative("dripPause", dripPause);
        if (dripPieces < 2) {
            throw new IllegalArgumentException("A dripped answer has at least 2 pieces, not " + dripPieces);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("A port is 0 to 65535, not " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("A simulator needs at least 1 thread, not " + threads);
        }
        if (keepBodies < 0) {
            throw new IllegalArgumentException("A simulator keeps 0 or more bodies, not " + keepBodies);
        }
    }

    static SimulatorSettings defaults() {
        return new SimulatorSettings(Duration.ZERO, FaultRates.none(), 1L, Duration.ofSeconds(1), Duration.ofSeconds(30), 8,
                Duration.ofMillis(20), 0, Math.max(2, Runtime.getRuntime().availableProcessors()), 0);
    }

    private static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
