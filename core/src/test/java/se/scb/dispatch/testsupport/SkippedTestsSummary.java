package se.scb.dispatch.testsupport;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line at the end of a test run naming what was skipped (disabled or aborted by an assumption)
 * and why, so that a green build without PostgreSQL does not pass for a full one. Registered through
 * {@code META-INF/services}, so every module whose tests have core's test support on the class path gets it.
 */
public final class SkippedTestsSummary implements TestExecutionListener {

    private final SkippedTests skipped = new SkippedTests();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(test.getDisplayName(), reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            skipped.add(test.getDisplayName(), result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        skipped.line().ifPresent(System.out::println);
    }
}
