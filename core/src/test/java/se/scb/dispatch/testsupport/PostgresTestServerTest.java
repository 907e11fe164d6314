package se.scb.dispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresTestServerTest {

    @Test
    void parametersAreAddedToAUrlWithOrWithoutAQuery() {
        assertThat(PostgresTestServer.withParameters("jdbc:postgresql://db:5432/test?user=u", "currentSchema=s", "a=b"))
                .isEqualTo("jdbc:postgresql://db:5432/test?user=u&currentSchema=s&a=b");
        assertThat(PostgresTestServer.withParameters("jdbc:postgresql://db:5432/test", "currentSchema=s"))
                .isEqualTo("jdbc:postgresql://db:5432/test?currentSchema=s");
    }

    @Test
    void theShownUrlLeavesOutParametersThatMayHoldAPassword() {
        assertThat(PostgresTestServer.withoutParameters("jdbc:postgresql://db:5432/test?user=u&password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/test");
    }

    @Test
    void theDefaultIsTheLocalTestDatabaseAsPostgres() {
        assertThat(PostgresTestServer.DEFAULT_URL).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
}
