package se.scb.dispatch.journal.jdbc;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.internal.jdbc.JdbcJournalStore;
import se.scb.dispatch.testsupport.RequiresPostgres;

/**
 * The contract on PostgreSQL, with two journal instances on the same tables as two processes would
 * have. The tables have a prefix of this run's own and are dropped afterwards.
 */
@RequiresPostgres
class PostgresJournalTest extends JdbcJournalContractTest {

    private static PooledTestDataSource dataSource;
    private static String prefix;
    private static JdbcJournalStore journal;
    private static JdbcJournalStore second;

    @BeforeAll
    static void connect() {
        dataSource = new PooledTestDataSource(PostgresTestDatabase.dataSource());
        prefix = PostgresTestDatabase.randomPrefix();
        journal = store(JdbcJournal.builder(dataSource).tablePrefix(prefix).build());
        second = store(JdbcJournal.builder(dataSource).tablePrefix(prefix).build());
    }

    @AfterAll
    static void dropOwnTables() throws SQLException {
        if (dataSource != null) {
            PostgresTestDatabase.dropTables(dataSource, prefix);
            dataSource.close();
        }
    }

    @Override
    protected JdbcJournalStore journal() {
        return journal;
    }

    @Override
    protected JournalStore secondInstance() {
        return second;
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String prefix() {
        return prefix;
    }

    @Override
    protected void dropTables(String otherPrefix) throws SQLException {
        PostgresTestDatabase.dropTables(dataSource, otherPrefix);
    }
}
