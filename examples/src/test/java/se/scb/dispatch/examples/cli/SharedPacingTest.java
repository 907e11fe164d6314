package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.ProcessEventBatch;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;
import se.scb.dispatch.testsupport.RequiresPostgres;

/**
 * A dispatch's rate holds for all its runners together: pacing protects the survey's web server, which
 * sees every runner at once. Two runners (two dispatchers, as two instances would have) share one
 * PostgreSQL journal and send one paced dispatch.
 */
@RequiresPostgres
class SharedPacingTest {

    private static final int PER_MINUTE = 120;
    private static final int LETTERS = 21;

    @Test
    void twoRunnersOnOneJournalSendAtTheDispatchsRateTogether() throws Exception {
        try (PostgresForTests database = PostgresForTests.freshSchema(); HikariDataSource pool = pool(database);
                Journal journal = JdbcJournal.builder(pool).build()) {
            List<RecipientId> people = people();
            FakeRecipientDirectory.Builder answers = FakeRecipientDirectory.builder();
            people.forEach(person -> answers.reachable(person, "kivra"));
            FakeRecipientDirectory directory = answers.build();
            List<Long> sentAt = new CopyOnWriteArrayList<>();
            Timed first = new Timed(sentAt);
            Timed second = new Timed(sentAt);
            // One letter a claim, so that neither runner takes the whole dispatch at once.
            RunSettings settings = RunSettings.defaults().withClaimSize(1).withIdlePoll(Duration.ofMillis(50));
            try (Dispatcher one = dispatcher(journal, directory, first, settings); Dispatcher other = dispatcher(journal, directory, second, settings)) {
                String id = one.schedule(population(people), template(),
                        DispatchOptions.named("paced").schedule(Schedule.immediately().atMostPerMinute(PER_MINUTE))).dispatchId();

                // Threads of their own: the common pool may have a single thread on a small machine, which would run the two in turn.
                ExecutorService runners = Executors.newFixedThreadPool(2);
                try {
                    Future<?> byOne = runners.submit(() -> one.awaitSettled(id));
                    Future<?> byOther = runners.submit(() -> other.awaitSettled(id));
                    byOne.get();
                    byOther.get();
                } finally {
                    runners.shutdownNow();
                }

                assertThat(one.status(id).count(DeliveryState.DELIVERED)).isEqualTo(LETTERS);
            }
            assertThat(first.count()).as("letters the first runner sent").isPositive();
            assertThat(second.count()).as("letters the second runner sent").isPositive();
            List<Long> times = new ArrayList<>(sentAt);
            Collections.sort(times);
            double seconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
            double perMinute = (LETTERS - 1) / seconds * 60;
            assertThat(perMinute).as("letters a minute, both runners together").isBetween(PER_MINUTE * 0.9, PER_MINUTE * 1.1);
        }
    }

    private static Dispatcher dispatcher(Journal journal, FakeRecipientDirectory directory, MailboxOperator operator, RunSettings settings) {
        return Dispatcher.builder().journal(journal).recipientDirectory(directory).mailboxOperator(operator).paperChannel(new FakePaperChannel())
                .runSettings(settings).build();
    }

    private static HikariDataSource pool(PostgresForTests database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setMaximumPoolSize(6);
        return new HikariDataSource(config);
    }

    private static List<RecipientId> people() {
        TestIdentityNumbers ids = new TestIdentityNumbers(120);
        List<RecipientId> people = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            people.add(ids.personalIdentityNumber(1950 + i));
        }
        return people;
    }

    private static PopulationSource population(List<RecipientId> people) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            rows.add(Map.of("recipient_id", people.get(i).formatted(), "namn", "Person " + i, "utdelningsadress", "Storgatan 1",
                    "postnummer", "111 22", "postort", "Stockholm", "case_id", "C" + i));
        }
        return PopulationSource.of(rows);
    }

    private static MessageTemplate template() {
        return MessageTemplate.builder().sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
                .subject("Inbjudan").text("Hej {{namn}}!").build();
    }

    /** The fake operator, noting when each letter reached it. */
    private static final class Timed implements MailboxOperator {
        private final FakeMailboxOperator fake = new FakeMailboxOperator();
        private final List<Long> sentAt;

        Timed(List<Long> sentAt) {
            this.sentAt = sentAt;
        }

        int count() {
            return fake.receivedCount();
        }

        @Override
        public CompletionStage<DeliveryResult> deliver(Letter letter) {
            sentAt.add(System.nanoTime());
            return fake.deliver(letter);
        }

        @Override
        public OperatorCapabilities capabilities() {
            return fake.capabilities();
        }

        @Override
        public ProcessEventBatch processEvents(Optional<String> cursor) {
            return fake.processEvents(cursor);
        }
    }
}
