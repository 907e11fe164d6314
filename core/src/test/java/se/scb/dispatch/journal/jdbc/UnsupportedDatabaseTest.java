package se.scb.dispatch.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class UnsupportedDatabaseTest {

    @Test
    void refusesADatabaseItHasNoSchemaFor() {
        DataSource mysql = stub(DataSource.class, "getConnection", stub(Connection.class, "getMetaData",
                stub(DatabaseMetaData.class, "getDatabaseProductName", "MySQL")));

        assertThatThrownBy(() -> JdbcJournal.builder(mysql).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MySQL")
                .hasMessageContaining("H2 and PostgreSQL");
    }

    /** An object of the interface whose one method answers {@code answer}; every other method does nothing. */
    private static <T> T stub(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, arguments) -> {
            if (called.getName().equals(method)) {
                return answer;
            }
            return called.getReturnType() == boolean.class ? Boolean.FALSE : null;
        }));
    }
}
