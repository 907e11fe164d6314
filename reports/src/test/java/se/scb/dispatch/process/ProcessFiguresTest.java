package se.scb.dispatch.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.LookupFacts;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.ProcessEventBatch;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestClock;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** Process events polled into the journal, case events recorded, and the figures read from both. */
class ProcessFiguresTest {

    private static final MessageTemplate REMINDER = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Har du svarat?")
            .text("Hej {{namn}}! Du har väl inte glömt undersökningen?")
            .build();

    private static final int PEOPLE = 400;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();
    private final TestIdentityNumbers ids = new TestIdentityNumbers(10);

    @Test
    void aMonthAfterSendingAbout80PercentOpenedAndPollingAgainOrAfterACrashChangesNoFigure() {
        Journal journal = Journal.inMemory();
        List<Map<String, String>> rows = sample(PEOPLE);
        try (FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock).simulateProcess(42);
                Dispatcher dispatcher = dispatcher(journal, operator)) {
            SendReport sent = dispatcher.send(PopulationSource.of(rows), REMINDER, DispatchOptions.named("Inbjudan"));
            clock.advance(Duration.ofDays(30));

            assertThat(dispatcher.pollProcessEvents()).isGreaterThan(PEOPLE);
            ProcessFigures figures = ProcessFigures.of(dispatcher, sent.dispatchId());

            ProcessFacts all = figures.all();
            assertThat(all.letters()).isEqualTo(PEOPLE);
            assertThat(all.fact(Fact.DELIVERED).count()).hasValue(PEOPLE - PEOPLE / 4);
            assertThat(all.fact(Fact.OPENED).share().getAsDouble()).isBetween(0.72, 0.88);
            assertThat(all.facts().values()).allSatisfy(fact -> assertThat(fact.provided()).isTrue());
            assertThat(all.timeToOpen().medianHours().getAsDouble()).isBetween(2.0, 15.0);
            assertThat(all.timeToOpen().meanHours().getAsDouble()).isGreaterThan(all.timeToOpen().medianHours().getAsDouble());
            assertThat(figures.byChannel().keySet()).containsExactlyInAnyOrder("digital", "paper");
            assertThat(figures.operators()).extracting(each -> each.id()).containsExactly("kivra", "minmyndighetspost");

            assertThat(dispatcher.pollProcessEvents()).as("nothing new").isZero();
            assertThat(ProcessFigures.of(dispatcher, sent.dispatchId())).isEqualTo(figures);

            // Every event again, out of order, as a feed does after a crash of its own.
            List<ProcessEvent> replayed = new ArrayList<>(operator.publishedEvents());
            Collections.reverse(replayed);
            replayed.forEach(operator::emit);
            dispatcher.pollProcessEvents();
            assertThat(ProcessFigures.of(dispatcher, sent.dispatchId())).isEqualTo(figures);

            // A new process on the same journal whose cursor was lost reads the whole feed again.
            try (Dispatcher restarted = dispatcher(journal, new MailboxOperator() {
                @Override
                public OperatorCapabilities capabilities() {
                    return operator.capabilities();
                }

                @Override
                public CompletionStage<DeliveryResult> deliver(Letter letter) {
                    return operator.deliver(letter);
                }

                @Override
                public String name() {
                    return operator.name();
                }

                @Override
                public ProcessEventBatch processEvents(Optional<String> cursor) {
                    return operator.processEvents(Optional.empty());
                }
            })) {
                restarted.pollProcessEvents();
                assertThat(ProcessFigures.of(restarted, sent.dispatchId())).isEqualTo(figures);
            }
        }
    }

    @Test
    void respondedCountsTheDistinctAnsweredCasesAmongTheLettersAndTimesFromDelivery() {
        Journal journal = Journal.inMemory();
        try (FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock);
                Dispatcher dispatcher = dispatcher(journal, operator)) {
            SendReport sent = dispatcher.send(PopulationSource.of(sample(8)), REMINDER, DispatchOptions.named("Inbjudan"));
            Instant sentAt = clock.instant();
            List<String> unknown = dispatcher.recordCaseEvents(List.of(
                    new CaseEvent("case-1", CaseEvent.Kind.RESPONDED, sentAt.plus(Duration.ofHours(2)), "web"),
                    new CaseEvent("case-1", CaseEvent.Kind.RESPONDED, sentAt.plus(Duration.ofHours(9)), "phone"),
                    new CaseEvent("case-2", CaseEvent.Kind.LOGGED_IN, sentAt.plus(Duration.ofHours(3)), "sso"),
                    new CaseEvent("case-2", CaseEvent.Kind.RESPONDED, sentAt.plus(Duration.ofHours(4)), "web"),
                    new CaseEvent("case-8", CaseEvent.Kind.RESPONDED, sentAt.plus(Duration.ofHours(30)), "paper"),
                    new CaseEvent("case-99", CaseEvent.Kind.RESPONDED, sentAt, "web")));

            ProcessFigures figures = ProcessFigures.of(dispatcher, sent.dispatchId());

            assertThat(unknown).containsExactly("case-99");
            assertThat(figures.all().fact(Fact.RESPONDED).count()).hasValue(3);
            assertThat(figures.all().fact(Fact.RESPONDED).share()).hasValue(3 / 8.0);
            assertThat(figures.all().fact(Fact.LOGGED_IN).count()).hasValue(1);
            assertThat(figures.all().timeToResponse().count()).as("case-8 went on paper").isEqualTo(2);
            assertThat(figures.all().timeToResponse().medianHours()).hasValue(2.0);
        }
    }

    @Test
    void factsAnOperatorCannotTellAreNotProvidedRatherThanZero() {
        Journal journal = Journal.inMemory();
        try (FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock)
                .capabilities(new OperatorCapabilities(2_000_000, Set.of("text/plain"), Set.of("application/pdf"), Set.of()));
                Dispatcher dispatcher = dispatcher(journal, operator)) {
            SendReport sent = dispatcher.send(PopulationSource.of(sample(4)), REMINDER, DispatchOptions.named("Inbjudan"));

            ProcessFacts all = ProcessFigures.of(dispatcher, sent.dispatchId()).all();

            assertThat(all.fact(Fact.OPENED).provided()).isFalse();
            assertThat(all.fact(Fact.OPENED).count()).isEmpty();
            assertThat(all.fact(Fact.NOTIFIED).share()).isEmpty();
            assertThat(all.fact(Fact.DELIVERED).provided()).isTrue();
            assertThat(all.fact(Fact.BLOCKED).provided()).isTrue();
            assertThat(dispatcher.pollProcessEvents()).as("an operator without events is not asked").isZero();
        }
    }

    @Test
    void countsTheRecipientsWhoBlockedTheSenderAtLookupByTheOperatorTheDirectoryNamed() {
        Journal journal = Journal.inMemory();
        List<Map<String, String>> rows = sample(8);
        Instant since = Instant.parse("2026-05-04T08:15:00Z");
        for (int row : new int[] {0, 1, 2}) {
            RecipientId person = RecipientId.parse(rows.get(row).get("personnummer"));
            directory.arrange(Reachability.blocked(person, FakeMailboxes.at(row == 2 ? "minmyndighetspost" : "kivra"), Optional.of(since)));
        }
        try (FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock);
                Dispatcher dispatcher = dispatcher(journal, operator)) {
            SendReport sent = dispatcher.send(PopulationSource.of(rows), REMINDER, DispatchOptions.named("Inbjudan"));

            ProcessFigures figures = ProcessFigures.of(dispatcher, sent.dispatchId());

            assertThat(figures.blockedAtLookup()).containsExactly(entry("Kivra", 2L), entry("Min myndighetspost", 1L));
            assertThat(figures.all().fact(Fact.BLOCKED).count()).hasValue(3);
            assertThat(figures.operators()).as("blocked letters went on paper, to no operator")
                    .allSatisfy(operatorLetters -> assertThat(operatorLetters.letters()).isLessThanOrEqualTo(3));
            try (Stream<JournalEntry> letters = dispatcher.dispatchLog().allLetters(sent.dispatchId(), LetterQuery.all())) {
                JournalEntry first = letters.findFirst().orElseThrow();
                assertThat(first.lookup()).contains(new LookupFacts(Reachability.Status.SENDER_BLOCKED,
                        Optional.of(FakeMailboxes.at("kivra")), Optional.of(since)));
                assertThat(first.plan().message()).isEqualTo("The recipient's mailbox at Kivra does not accept letters from this sender since 2026-05-04.");
            }
        }
    }

    private Dispatcher dispatcher(Journal journal, MailboxOperator operator) {
        return Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(new FakePaperChannel())
                .runSettings(DispatcherExtension.FAST).clock(clock).journal(journal).build();
    }

    /** People with a case each: three in four at Kivra or Min myndighetspost, the rest without a mailbox. */
    private List<Map<String, String>> sample(int people) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            RecipientId person = ids.randomPerson(1950, 2000);
            if (i % 4 != 0) {
                directory.arrange(Reachability.reachable(person, FakeMailboxes.at(i % 2 == 0 ? "kivra" : "minmyndighetspost")));
            }
            Map<String, String> row = new LinkedHashMap<>(Map.of("personnummer", person.formatted(), "namn", "Person " + i, "utdelningsadress",
                    "Storgatan 1", "postnummer", "123 45", "postort", "Ankeborg"));
            row.put("case_id", "case-" + i);
            rows.add(row);
        }
        return rows;
    }
}
