package se.scb.dispatch.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.journal.JournalFixtures.digital;
import static se.scb.dispatch.journal.JournalFixtures.paper;
import static se.scb.dispatch.journal.JournalFixtures.person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.internal.jdbc.JdbcJournalStore;
import se.scb.dispatch.journal.JournalContractTest;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;

/** The contract, plus what only a database journal does: its tables, its schema, its settings. */
abstract class JdbcJournalContractTest extends JournalContractTest {

    /** The database the journal under test is on, for looking at its tables directly. */
    protected abstract DataSource dataSource();

    /** The table prefix of the journal under test. */
    protected abstract String prefix();

    /** Drops the tables of a prefix a test made for itself. */
    protected abstract void dropTables(String otherPrefix) throws SQLException;

    @Override
    protected abstract JdbcJournalStore journal();

    @Test
    void purgingLeavesNoIdentityNumberInAnyColumn() throws SQLException {
        List<RecipientId> people = IntStream.rangeClosed(1, 4).mapToObj(n -> person(100 + n)).toList();
        String id = sending(d -> IntStream.range(0, people.size())
                .mapToObj(i -> i % 2 == 0 ? digital(d, i + 1, people.get(i), t0) : paper(d, i + 1, people.get(i), t0)));
        journal().claim(id, "runner-a", t0, java.time.Duration.ofMinutes(1), 2);
        Set<String> forms = new HashSet<>();
        people.forEach(person -> {
            forms.add(person.canonical());
            forms.add(person.formatted());
            forms.add(person.canonical().substring(2));
        });
        assertThat(textsOfDispatch(id)).anySatisfy(text -> assertThat(forms).anyMatch(text::contains));

        journal().purgePersonalData(id, t0);

        assertThat(textsOfDispatch(id)).noneSatisfy(text -> assertThat(forms).anyMatch(text::contains));
        assertThat(journal().status(id).total()).isEqualTo(4);
    }

    @Test
    void appliesTheSchemaOnceHoweverManyJournalsOpenIt() throws SQLException {
        String id = sending(d -> IntStream.rangeClosed(1, 2).mapToObj(n -> digital(d, n, person(n), t0)));

        JournalStore again = store(JdbcJournal.builder(dataSource()).tablePrefix(prefix()).build());

        assertThat(again.allLetters(id, LetterQuery.all()).toList()).isEqualTo(entries(id));
        assertThat(schemaVersions(prefix())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void journalsStartingTogetherOnNewTablesApplyTheSchemaOnce() throws Exception {
        String fresh = PostgresTestDatabase.randomPrefix();
        List<Callable<JournalStore>> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(() -> store(JdbcJournal.builder(dataSource()).tablePrefix(fresh).build()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(starts.size());
        try {
            List<JournalStore> started = new ArrayList<>();
            for (Future<JournalStore> each : pool.invokeAll(starts)) {
                started.add(each.get());
            }
            String id = newId();
            started.get(0).createDispatch(se.scb.dispatch.journal.JournalFixtures.dispatch(id, t0));
            assertThat(started.get(3).dispatch(id)).isPresent();
            assertThat(schemaVersions(fresh)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            pool.shutdownNow();
            dropTables(fresh);
        }
    }

    @Test
    void takesOnlyATablePrefixThatIsSafeInSql() {
        for (String bad : List.of("", "1journal_", "dispatch-", "x; DROP TABLE y", "dispatch ", "jörnal_", "a".repeat(41))) {
            assertThatThrownBy(() -> JdbcJournal.builder(dataSource()).tablePrefix(bad))
                    .as("prefix '%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("letters");
        }
        assertThat(JdbcJournal.builder(dataSource()).tablePrefix("_Survey_2026_")).isNotNull();
        assertThat(journal().tablePrefix()).isEqualTo(prefix());
    }

    @Test
    void keepsTimesToTheMicrosecond() {
        Instant due = t0.plusNanos(123_456_789);
        String id = sending(d -> IntStream.of(1).mapToObj(n -> digital(d, n, person(n), due)));

        assertThat(entries(id)).extracting(JournalEntry::dueAt).containsExactly(t0.plusNanos(123_456_000));
        assertThat(journal().claim(id, "runner-a", t0.plusNanos(123_456_000), java.time.Duration.ofMinutes(1), 1)).hasSize(1);
        assertThat(journal().status(id).count(DeliveryState.CLAIMED)).isEqualTo(1);
    }

    /** Every text column of every row the journal holds for the dispatch. */
    private List<String> textsOfDispatch(String dispatchId) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = dataSource().getConnection()) {
            for (String sql : List.of("SELECT * FROM " + prefix() + "dispatches WHERE id = ?", "SELECT * FROM " + prefix() + "letters WHERE dispatch_id = ?",
                    "SELECT * FROM " + prefix() + "letter_data WHERE dispatch_id = ?",
                    "SELECT * FROM " + prefix() + "log WHERE dispatch_id = ?", "SELECT * FROM " + prefix() + "counts WHERE dispatch_id = ?")) {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, dispatchId);
                    try (ResultSet rows = select.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int column = 1; column <= columns; column++) {
                                String text = rows.getString(column);
                                if (text != null) {
                                    texts.add(text);
                                }
                            }
                        }
                    }
                }
            }
        }
        return texts;
    }

    private List<Integer> schemaVersions(String tablePrefix) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT version FROM " + tablePrefix + "schema_version ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    @Override
    protected abstract JournalStore secondInstance();

    /** The write side of a journal the factory opened. */
    protected static JdbcJournalStore store(Journal journal) {
        return (JdbcJournalStore) JournalStore.of(journal);
    }
}
