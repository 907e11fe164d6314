package se.scb.dispatch.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.journal.JournalFixtures.digital;
import static se.scb.dispatch.journal.JournalFixtures.person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.internal.jdbc.JdbcJournalStore;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.JournalFixtures;

/** The contract on an embedded H2 file, opened the way {@link JdbcJournal#open(String)} opens it. */
class H2JournalTest extends JdbcJournalContractTest {

    @TempDir
    static Path directory;

    private static String location;
    private static JdbcJournalStore journal;
    private static JdbcJournalStore second;
    private static JdbcDataSource dataSource;

    /** One file for the class, as on PostgreSQL: tests keep apart by their dispatches and times. */
    @BeforeAll
    static void open() {
        location = directory.resolve("journal").toString();
        journal = store(JdbcJournal.open(location));
        dataSource = new JdbcDataSource();
        dataSource.setURL(JdbcJournal.jdbcUrl(location));
        second = store(JdbcJournal.builder(dataSource).build());
    }

    @AfterAll
    static void close() {
        journal.close();
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
        return JdbcJournal.DEFAULT_TABLE_PREFIX;
    }

    @Override
    protected void dropTables(String otherPrefix) {
        // The file goes with the test's temporary directory.
    }

    @Test
    void findsEverythingAgainAfterTheFileIsClosedAndOpened() {
        String file = directory.resolve("reopened").toString();
        JdbcJournalStore first = store(JdbcJournal.open(file));
        String id = newId();
        first.createDispatch(JournalFixtures.dispatch(id, t0));
        first.addToPlan(IntStream.rangeClosed(1, 3).mapToObj(n -> digital(id, n, person(n), t0)).toList());
        first.updateState(id, DispatchState.SCHEDULED, t0);
        JournalEntry claimed = first.claim(id, "runner-a", t0, Duration.ofMinutes(1), 1).get(0);
        JournalEntry delivered = claimed.settled(DeliveryState.DELIVERED, Optional.empty());
        first.record(delivered, event(delivered, EventType.DELIVERED, "OK"));
        DispatchRecord dispatch = first.dispatch(id).orElseThrow();
        List<JournalEntry> entries = first.allLetters(id, LetterQuery.all()).toList();
        List<JournalEvent> log = first.allEvents(id, EventQuery.all()).toList();
        DispatchStatus status = first.status(id);
        first.close();

        try (JdbcJournalStore reopened = store(JdbcJournal.open(file + ".mv.db"))) {
            assertThat(reopened.dispatch(id)).contains(dispatch);
            assertThat(reopened.allLetters(id, LetterQuery.all()).toList()).isEqualTo(entries);
            assertThat(reopened.allEvents(id, EventQuery.all()).toList()).isEqualTo(log);
            assertThat(reopened.status(id)).isEqualTo(status);
            assertThat(reopened.claim(id, "runner-b", t0, Duration.ofMinutes(1), 10)).extracting(entry -> entry.row().number())
                    .containsExactly(2L, 3L);
        }
    }

    @Test
    void opensAPathAsACrashSafeEmbeddedFileAndAUrlAsGiven() {
        String url = JdbcJournal.jdbcUrl(directory.resolve("journal.mv.db").toString());

        assertThat(url).isEqualTo("jdbc:h2:file:" + directory.resolve("journal").toAbsolutePath() + ";AUTO_SERVER=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(JdbcJournal.jdbcUrl("jdbc:postgresql://db.example/dispatch")).isEqualTo("jdbc:postgresql://db.example/dispatch");
        assertThatThrownBy(() -> JdbcJournal.jdbcUrl("journal;AUTO_SERVER=TRUE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsAnInMemoryDatabaseOpenUntilClosed() {
        try (JdbcJournalStore inMemory = store(JdbcJournal.open("jdbc:h2:mem:" + newId()))) {
            String id = newId();
            inMemory.createDispatch(JournalFixtures.dispatch(id, t0));

            assertThat(inMemory.dispatch(id)).isPresent();
        }
    }

    @Test
    void aJournalClosedWhileAnotherOfTheProcessUsesTheFileLeavesItWorking() {
        String file = directory.resolve("shared-in-process").toString();
        JdbcJournalStore sending = store(JdbcJournal.open(file));
        JdbcJournalStore pausing = store(JdbcJournal.open(file));
        String id = newId();
        sending.createDispatch(JournalFixtures.dispatch(id, t0));
        pausing.updateState(id, DispatchState.PAUSED, t0);

        pausing.close();

        assertThat(sending.updateState(id, DispatchState.RUNNING, t0)).as("the file is still open for the other journal").isTrue();
        sending.close();
        try (JdbcJournalStore reopened = store(JdbcJournal.open(file))) {
            assertThat(reopened.dispatch(id).orElseThrow().state()).isEqualTo(DispatchState.RUNNING);
        }
    }

    @Test
    void aFileWrittenToIsCompactedWhenTheJournalCloses() throws Exception {
        Path file = directory.resolve("compacted");
        JdbcJournalStore journal = store(JdbcJournal.open(file.toString()));
        String id = newId();
        journal.createDispatch(JournalFixtures.dispatch(id, t0));
        journal.addToPlan(IntStream.rangeClosed(1, 2_000).mapToObj(n -> digital(id, n, person(n), t0)).toList());
        journal.updateState(id, DispatchState.RUNNING, t0);
        for (int round = 0; round < 40; round++) {
            List<JournalEntry> claimed = journal.claim(id, "runner-a", t0, Duration.ofMinutes(1), 50);
            journal.recordAll(claimed.stream().map(entry -> entry.delivered(t0)).toList(),
                    claimed.stream().map(entry -> event(entry, EventType.DELIVERED, "OK")).toList());
        }
        long beforeClose = Files.size(Path.of(file + ".mv.db"));

        journal.close();

        assertThat(Files.size(Path.of(file + ".mv.db"))).isLessThan(beforeClose / 2);
        try (JdbcJournalStore reopened = store(JdbcJournal.open(file.toString()))) {
            assertThat(reopened.status(id).count(DeliveryState.DELIVERED)).isEqualTo(2_000);
        }
    }
}
