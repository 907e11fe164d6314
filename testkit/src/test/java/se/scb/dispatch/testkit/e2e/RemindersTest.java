package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.Reminder;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestClock;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** Reminders to the cases that have not responded, by the first letter's routing, linked to it. */
class RemindersTest {

    private static final MessageTemplate REMINDER = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Påminnelse: {{undersökning}}")
            .text("Hej {{namn}}! Du har väl inte glömt oss? Koden är {{kod}}.")
            .build();
    private static final MessageTemplate LAST_CALL = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Sista påminnelsen: {{undersökning}}")
            .text("Hej {{namn}}! Sista chansen, koden är {{kod}}.")
            .build();

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();
    private final FakePaperChannel paper = new FakePaperChannel();
    private final TestIdentityNumbers ids = new TestIdentityNumbers(7);
    /** The recipients of the sample, in row order. */
    private final List<RecipientId> people = new ArrayList<>();

    @Test
    void aReminderAfterThreeDaysReachesExactlyTheCasesWithoutAResponseByTheFirstLettersRoutingNoneTwice() {
        try (FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock);
                Dispatcher dispatcher = dispatcher(directory, operator)) {
            // case-1 … case-4 digital, case-5 and case-6 on paper.
            SendReport sent = dispatcher.send(sample(6, 4), Samples.INVITATION, DispatchOptions.named("Inbjudan")
                    .reminder(Reminder.after(Duration.ofDays(3), REMINDER))
                    .reminder(Reminder.after(Duration.ofDays(7), LAST_CALL).onPaperOnly()));
            assertThat(sent.status().count(DeliveryState.DELIVERED)).isEqualTo(4);
            List<DispatchRecord> reminders = remindersOf(dispatcher, sent.dispatchId());
            assertThat(reminders).extracting(DispatchRecord::name).containsExactly("Inbjudan (reminder 1)", "Inbjudan (reminder 2)");

            dispatcher.recordResponse("case-1", clock.instant().plus(Duration.ofDays(1)), "web");
            dispatcher.recordResponse("case-5", clock.instant().plus(Duration.ofDays(1)), "paper");
            clock.advance(Duration.ofDays(2));
            dispatcher.runDueWork();
            assertThat(operator.receivedCount()).as("nothing is due before three days").isEqualTo(4);

            // Answered after the reminder was planned and before it went: checked again just before it goes.
            dispatcher.recordResponse("case-2", clock.instant(), "web");
            clock.advance(Duration.ofDays(1).plusSeconds(1));
            dispatcher.runDueWork();
            dispatcher.runDueWork();

            assertThat(reminderLetters(operator)).extracting(letter -> letter.caseId().orElseThrow())
                    .containsExactlyInAnyOrder("case-3", "case-4");
            assertThat(paperCases(reminders.get(0))).containsExactly("case-6");
            assertThat(dispatcher.status(reminders.get(0).id()).count(DeliveryState.CANCELLED)).isEqualTo(3);

            dispatcher.recordResponse("case-3", clock.instant(), "web");
            clock.advance(Duration.ofDays(4));
            dispatcher.runDueWork();

            assertThat(paperCases(reminders.get(1))).containsExactlyInAnyOrder("case-4", "case-6");
            assertThat(reminderLetters(operator)).as("none twice").hasSize(2);
            assertThat(operator.repeats()).isZero();
        }
    }

    @Test
    void aDigitalReminderAsksTheDirectoryAgainAndGoesOnPaperToThoseWhoBlockedTheSenderOrLostTheirMailboxSince() {
        try (FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock);
                Dispatcher dispatcher = dispatcher(directory, operator)) {
            SendReport sent = dispatcher.send(sample(4, 4), Samples.INVITATION, DispatchOptions.named("Inbjudan")
                    .reminder(Reminder.after(Duration.ofDays(3), REMINDER)));
            DispatchRecord reminder = remindersOf(dispatcher, sent.dispatchId()).get(0);

            // In the three days between, case-2 blocks the sender and case-3 closes the mailbox.
            directory.arrange(Reachability.blocked(people.get(1), FakeMailboxes.at("kivra"), Optional.of(clock.instant().plus(Duration.ofDays(1)))));
            directory.arrange(Reachability.unreachable(people.get(2), Reachability.Status.NO_MAILBOX));
            clock.advance(Duration.ofDays(3).plusSeconds(1));
            dispatcher.runDueWork();
            dispatcher.runDueWork();

            assertThat(reminderLetters(operator)).extracting(letter -> letter.caseId().orElseThrow()).containsExactlyInAnyOrder("case-1", "case-4");
            assertThat(paperCases(reminder)).containsExactlyInAnyOrder("case-2", "case-3");
            assertThat(dispatcher.status(reminder.id()).reasons()).containsEntry(ReasonCode.SENDER_BLOCKED, 1L).containsEntry(ReasonCode.NO_MAILBOX, 1L);
            assertThat(dispatcher.dispatchLog().allEvents(reminder.id(), EventQuery.all())
                    .filter(line -> line.type() == EventType.REJECTED).map(JournalEvent::code))
                    .containsExactlyInAnyOrder("SENDER_BLOCKED", "NO_MAILBOX");
        }
    }

    @Test
    void aReminderGoesAsPlannedWhenTheDirectoryCannotBeAskedAgain() {
        FlakyDirectory flaky = new FlakyDirectory(directory);
        try (FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock);
                Dispatcher dispatcher = dispatcher(flaky, operator)) {
            SendReport sent = dispatcher.send(sample(3, 3), Samples.INVITATION, DispatchOptions.named("Inbjudan")
                    .reminder(Reminder.after(Duration.ofDays(3), REMINDER)));
            assertThat(sent.status().count(DeliveryState.DELIVERED)).isEqualTo(3);

            flaky.down = true;
            clock.advance(Duration.ofDays(3).plusSeconds(1));
            dispatcher.runDueWork();
            dispatcher.runDueWork();

            assertThat(reminderLetters(operator)).hasSize(3);
        }
    }

    /** A directory that answers until it is down, then fails as an unreachable service does. */
    private static final class FlakyDirectory implements RecipientDirectory {
        private final RecipientDirectory answers;
        volatile boolean down;

        FlakyDirectory(RecipientDirectory answers) {
            this.answers = answers;
        }

        @Override
        public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
            if (down) {
                throw new ProviderException("The directory at https://far.invalid did not answer (connection refused).");
            }
            return answers.lookup(sender, recipients);
        }

        @Override
        public int maxBatchSize() {
            return answers.maxBatchSize();
        }
    }

    private Dispatcher dispatcher(RecipientDirectory answers, FakeMailboxOperator operator) {
        return Dispatcher.builder().recipientDirectory(answers).mailboxOperator(operator).paperChannel(paper)
                .runSettings(DispatcherExtension.FAST).clock(clock).build();
    }

    private List<Letter> reminderLetters(FakeMailboxOperator operator) {
        return operator.received().stream().filter(letter -> letter.message().subject().startsWith("Påminnelse")).toList();
    }

    private List<String> paperCases(DispatchRecord reminder) {
        return paper.letters().stream().filter(letter -> letter.message().subject().equals(subjectOf(reminder)))
                .map(PaperLetter::caseId).map(Optional::orElseThrow).toList();
    }

    private static String subjectOf(DispatchRecord reminder) {
        return reminder.name().endsWith("(reminder 1)") ? "Påminnelse: AKU" : "Sista påminnelsen: AKU";
    }

    private static List<DispatchRecord> remindersOf(Dispatcher dispatcher, String dispatchId) {
        return dispatcher.history(HistoryQuery.all()).stream()
                .map(DispatchSummary::dispatch)
                .filter(dispatch -> dispatch.options().followUpOf().filter(dispatchId::equals).isPresent())
                .sorted(java.util.Comparator.comparing(DispatchRecord::name))
                .toList();
    }

    /** People with a case each ({@code case-1} …): the first {@code digital} at Kivra, the rest without a mailbox. */
    private PopulationSource sample(int people, int digital) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            RecipientId person = ids.randomPerson(1950, 2000);
            this.people.add(person);
            if (i <= digital) {
                directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra")));
            }
            Map<String, String> row = new LinkedHashMap<>(Samples.row(person.formatted(), "Person " + i, "K" + i));
            row.put("case_id", "case-" + i);
            rows.add(row);
        }
        return PopulationSource.of(rows);
    }
}
