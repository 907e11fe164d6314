package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestClock;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** Paper if not answered: the survey counterpart of print-if-unread. */
class PaperFollowUpTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();
    private final FakePaperChannel paper = new FakePaperChannel();
    private final TestIdentityNumbers ids = new TestIdentityNumbers(5);

    @Test
    void afterTheGivenDaysOnlyCasesThatHaveNotAnsweredGetTheLetterOnPaper() {
        List<RecipientId> people = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            RecipientId person = ids.randomPerson(1950, 2000);
            people.add(person);
            directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra")));
            Map<String, String> row = new java.util.LinkedHashMap<>(Samples.row(person.formatted(), "Person " + i, "K" + i));
            row.put("case_id", "case-" + i);
            rows.add(row);
        }
        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(paper)
                        .runSettings(DispatcherExtension.FAST).clock(clock).build()) {

            SendReport sent = dispatcher.send(PopulationSource.of(rows), Samples.INVITATION,
                    DispatchOptions.named("Inbjudan").paperIfUnansweredAfter(Duration.ofDays(7)));
            assertThat(sent.status().count(DeliveryState.DELIVERED)).isEqualTo(4);
            String followUp = followUpOf(dispatcher, sent.dispatchId());

            dispatcher.recordResponse("case-1", clock.instant().plus(Duration.ofDays(2)), "web");
            clock.advance(Duration.ofDays(6));
            dispatcher.runDueWork();
            assertThat(paper.letters()).as("nothing is due before seven days").isEmpty();

            dispatcher.recordResponse("case-2", clock.instant(), "phone");
            clock.advance(Duration.ofDays(1).plusSeconds(1));
            dispatcher.runDueWork();

            assertThat(paper.letters()).extracting(PaperLetter::caseId).containsExactlyInAnyOrder(java.util.Optional.of("case-3"),
                    java.util.Optional.of("case-4"));
            assertThat(dispatcher.status(followUp).count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(2);
            assertThat(dispatcher.status(followUp).count(DeliveryState.CANCELLED)).isEqualTo(2);
            assertThat(dispatcher.status(followUp).reasons()).containsEntry(ReasonCode.NOT_ANSWERED, 4L);
            assertThat(dispatcher.dispatchLog().allEvents(followUp, EventQuery.all()).toList()).filteredOn(event -> event.type() == EventType.CANCELLED)
                    .allSatisfy(event -> assertThat(event.code()).isEqualTo("ANSWERED"));
            assertThat(operator.receivedCount()).as("the digital letters went once").isEqualTo(4);
        }
    }

    private static String followUpOf(Dispatcher dispatcher, String dispatchId) {
        return dispatcher.history(HistoryQuery.all()).stream()
                .map(DispatchSummary::dispatch)
                .filter(dispatch -> dispatch.options().followUpOf().filter(dispatchId::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No paper follow-up was planned for " + dispatchId))
                .id();
    }
}
