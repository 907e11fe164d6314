package se.scb.dispatch.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the tests of {@link RequiresPostgres} when the server cannot be reached. A condition rather than
 * an assumption in {@code @BeforeAll}: JUnit then reports the class as skipped, where an aborted
 * {@code @BeforeAll} made Surefire print {@code Tests run: 0} and the tests vanished from the count.
 */
public final class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return decide(PostgresTestServer.whyUnreachable(), PostgresTestServer.onCi());
    }

    /** Enabled when reachable; skipped when not; a failure on CI, which must not pass without these tests. */
    static ConditionEvaluationResult decide(Optional<String> whyUnreachable, boolean onCi) {
        if (whyUnreachable.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        }
        if (onCi) {
            throw new IllegalStateException(whyUnreachable.get() + ". On CI the PostgreSQL tests must run: start PostgreSQL or point "
                    + PostgresTestServer.URL_VARIABLE + " at one.");
        }
        return ConditionEvaluationResult.disabled(whyUnreachable.get() + "; start it or set " + PostgresTestServer.URL_VARIABLE);
    }
}
