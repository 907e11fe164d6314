package se.scb.dispatch.examples.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.jdbc.JdbcJournal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.run.RetryPolicy;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.TestIdentityNumbers;
import se.scb.dispatch.testkit.simulator.DeliveryLedger;
import se.scb.dispatch.testkit.simulator.FaultKind;
import se.scb.dispatch.testkit.simulator.FaultRates;
import se.scb.dispatch.testkit.simulator.OperatorSimulator;

/**
 * One send of {@value #LETTERS} letters through a real adapter to a simulator that fails 30 % of the
 * deliveries on purpose, journaled in an H2 file, and the checks that nothing was lost or doubled.
 * Nothing here measures time against a deadline: the only times compared are a letter's own, a wait
 * asked for against the wait taken.
 */
final class FaultyRun {

    static final int LETTERS = 300;
    static final FaultRates FAULTS = FaultRates.spread(0.3);
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** Short waits without a Retry-After (at most 120 ms with jitter), so that a 1 s Retry-After honoured stands out. */
    static final RetryPolicy RETRIES = new RetryPolicy(10, Duration.ofMillis(10), Duration.ofMillis(100), 2.0, 0.2);
    /** The adapters' time-out: a request that gets no answer costs this much, so it is short; a whole answer takes milliseconds. */
    static final Duration ADAPTER_TIMEOUT = Duration.ofSeconds(3);
    /**
     * What a wait may seem shorter than asked: the runner reads the clock once to set the due time and once more to
     * stamp the log line, and a loaded machine may pause the thread in between. Far below the asked second.
     */
    static final Duration SLACK = Duration.ofMillis(50);

    private static final MessageTemplate LETTER = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Inbjudan till {{undersökning}}")
            .text("Hej {{namn}}!\n\nLogga in med koden {{kod}}.")
            .html("<p>Hej {{namn}}!</p><p>Logga in med koden <b>{{kod}}</b>.</p>")
            .build();

    private final Journal journal;
    private final Dispatcher dispatcher;
    private final SendReport report;
    private final DeliveryLedger ledger;

    private FaultyRun(Journal journal, Dispatcher dispatcher, SendReport report, DeliveryLedger ledger) {
        this.journal = journal;
        this.dispatcher = dispatcher;
        this.report = report;
        this.ledger = ledger;
    }

    /** A simulator's settings for the run: the faults, a 1 ms latency, a short drip; a held request outlives the time-out. */
    static <B extends OperatorSimulator.Builder<B>> B faulty(B simulator) {
        return simulator.faults(FAULTS).seed(12).latency(Duration.ofMillis(1)).retryAfter(RETRY_AFTER).noAnswerHold(Duration.ofSeconds(60))
                .drip(4, Duration.ofMillis(10));
    }

    /** Sends to everyone through the directory and operator; the journal is an H2 file in {@code directory}. */
    static FaultyRun send(Path directory, RecipientDirectory recipients, MailboxOperator operator, OperatorSimulator simulator) {
        RunSettings settings = RunSettings.defaults().withRetryPolicy(RETRIES).withDeliveryTimeout(ADAPTER_TIMEOUT.multipliedBy(3))
                .withLease(Duration.ofMinutes(2)).withIdlePoll(Duration.ofMillis(20));
        Journal journal = JdbcJournal.open(directory.resolve("journal").toString());
        Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(recipients).mailboxOperator(operator).paperChannel(new FakePaperChannel())
                .journal(journal).runSettings(settings).build();
        SendReport report = dispatcher.send(population(), LETTER, DispatchOptions.named("Fel med flit"));
        return new FaultyRun(journal, dispatcher, report, simulator.ledger());
    }

    void assertEveryLetterEndedOnceInOneFinalState() {
        List<JournalEntry> letters = dispatcher.dispatchLog().allLetters(report.dispatchId(), LetterQuery.all()).toList();
        assertThat(letters).hasSize(LETTERS);
        assertThat(letters).extracting(JournalEntry::messageId).doesNotHaveDuplicates();
        assertThat(letters).allSatisfy(letter -> assertThat(letter.state().isFinal()).as(letter.toString()).isTrue());
        assertThat(report.status().finalCount()).isEqualTo(LETTERS);
        assertThat(report.status().isComplete()).isTrue();
        letters.stream().filter(letter -> letter.state() == DeliveryState.DELIVERED)
                .forEach(letter -> assertThat(ledger.taken(letter.messageId())).as("the operator holds " + letter.messageId()).isTrue());
        // With 10 attempts at 30 % faults, a letter fails for good about once in 170 000.
        assertThat(report.status().count(DeliveryState.DELIVERED)).isGreaterThan(LETTERS * 9L / 10);
    }

    void assertTheFaultsWereMetAndNoLetterDeliveredTwice() {
        assertThat(ledger.faultsInjected().keySet()).containsExactlyInAnyOrder(FaultKind.values());
        assertThat(ledger.deliveredTwice()).isEmpty();
        assertThat(ledger.recipientsWithSeveralLetters()).isZero();
    }

    void assertRetriesStayedWithinTheirBound() {
        Map<String, List<JournalEvent>> sent = lines(EventType.SENT);
        assertThat(ledger.mostArrivalsOfOneLetter()).isBetween(2, RETRIES.maxAttempts());
        sent.forEach((messageId, attempts) -> {
            assertThat(attempts).as(messageId).hasSizeLessThanOrEqualTo(RETRIES.maxAttempts());
            assertThat(ledger.arrivals(messageId)).as("attempts of " + messageId + " that reached the operator").isEqualTo(attempts.size());
        });
    }

    /** Each letter answered 429 came back no sooner than asked: seen by the simulator, and in the journal's own times. */
    void assertRetryAfterWasHonoured() {
        assertThat(ledger.askedToWait()).isNotEmpty();
        assertThat(ledger.retryAfterIgnored(SLACK)).isEmpty();
        List<String> tooSoon = new ArrayList<>();
        for (String messageId : ledger.askedToWait()) {
            List<JournalEvent> lines = dispatcher.dispatchLog().allEvents(report.dispatchId(), EventQuery.all().ofLetter(messageId))
                    .filter(line -> line.type() == EventType.SENT || line.type() == EventType.RETRY_SCHEDULED).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                JournalEvent line = lines.get(i);
                JournalEvent next = lines.get(i + 1);
                boolean askedToWait = line.type() == EventType.RETRY_SCHEDULED && line.code().startsWith("429");
                if (askedToWait && Duration.between(line.at(), next.at()).compareTo(RETRY_AFTER.minus(SLACK)) < 0) {
                    tooSoon.add(messageId);
                }
            }
        }
        assertThat(tooSoon).isEmpty();
    }

    void close() throws Exception {
        dispatcher.close();
        journal.close();
    }

    private Map<String, List<JournalEvent>> lines(EventType type) {
        return dispatcher.dispatchLog().allEvents(report.dispatchId(), EventQuery.all()).filter(line -> line.type() == type)
                .collect(Collectors.groupingBy(JournalEvent::messageId));
    }

    private static PopulationSource population() {
        TestIdentityNumbers ids = new TestIdentityNumbers(2026);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < LETTERS; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("personnummer", ids.randomPerson(1940, 2000).formatted());
            row.put("namn", "Person " + i);
            row.put("utdelningsadress", "Storgatan 1");
            row.put("postnummer", "123 45");
            row.put("postort", "Ankeborg");
            row.put("kod", "K" + i);
            row.put("undersökning", "AKU");
            rows.add(row);
        }
        return PopulationSource.of(rows);
    }
}
