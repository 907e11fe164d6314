package se.scb.dispatch.journal.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.journal.jdbc.JournalStorageException;

/** Which failures a journal transaction tries again, and which it reports at once. */
class TransactionsTest {

    private final Transactions transactions = new Transactions(database());

    @Test
    void aLockNotHadInTimeIsTriedAgain() {
        AtomicInteger calls = new AtomicInteger();

        String result = transactions.run("claim letters", connection -> {
            if (calls.incrementAndGet() == 1) {
                throw new SQLException("Timeout trying to lock table \"DISPATCH_LETTERS\"", "HYT00", 50200);
            }
            return "claimed";
        });

        assertThat(result).isEqualTo("claimed");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aFailureThatIsNotContentionIsReportedAtOnceSayingWhatFailed() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> transactions.run("claim letters", connection -> {
            calls.incrementAndGet();
            throw new SQLException("Table \"DISPATCH_LETTERS\" not found", "42S02", 42102);
        })).isInstanceOf(JournalStorageException.class).hasMessageContaining("could not claim letters").hasMessageContaining("42S02");
        assertThat(calls).hasValue(1);
    }

    @Test
    void contentionThatLastsIsReportedAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> transactions.run("claim letters", connection -> {
            calls.incrementAndGet();
            throw new SQLException("Deadlock", "40001");
        })).isInstanceOf(JournalStorageException.class);
        assertThat(calls).hasValue(3);
    }

    private static JdbcDataSource database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID());
        return dataSource;
    }
}
