package se.scb.dispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class PostgresConditionTest {

    private static final Optional<String> REFUSED = Optional.of("PostgreSQL not reachable at jdbc:postgresql://127.0.0.1:5499/test (refused)");

    @Test
    void aReachableServerRunsTheTests() {
        assertThat(PostgresCondition.decide(Optional.empty(), false).isDisabled()).isFalse();
        assertThat(PostgresCondition.decide(Optional.empty(), true).isDisabled()).isFalse();
    }

    @Test
    void anUnreachableServerSkipsThemSayingWhyAndHowToPointElsewhere() {
        ConditionEvaluationResult result = PostgresCondition.decide(REFUSED, false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("127.0.0.1:5499", "refused", PostgresTestServer.URL_VARIABLE));
    }

    @Test
    void onCiAnUnreachableServerFailsThem() {
        assertThatThrownBy(() -> PostgresCondition.decide(REFUSED, true))
                .hasMessageContaining("127.0.0.1:5499")
                .hasMessageContaining("On CI");
    }
}
