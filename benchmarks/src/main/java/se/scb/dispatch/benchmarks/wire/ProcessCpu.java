package se.scb.dispatch.benchmarks.wire;

import java.lang.management.ManagementFactory;

/** The CPU time this JVM has used, every thread together. */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
