package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;
import se.scb.dispatch.testkit.logging.CapturedLogs;
import se.scb.dispatch.testkit.logging.UnmaskedForms;

/**
 * A whole dispatch, through every path that logs (planning, retries, rejections, paper, a paper
 * channel that fails), never writes an identity number unmasked: not in the logs, not in the
 * dispatch log's events, not in any outcome's message or {@code toString}.
 */
@ExtendWith(DispatcherExtension.class)
class NoIdentityNumberInLogsTest {

    @BeforeEach
    void startCapturing() {
        CapturedLogs.requireActive();
        CapturedLogs.clear();
    }

    @Test
    void noIdentityNumberAppearsUnmaskedAnywhereADispatchWrites(Dispatcher dispatcher, FakeRecipientDirectory directory,
            FakeMailboxOperator operator, FakePaperChannel paper, TestIdentityNumbers ids) {
        List<RecipientId> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(i % 4 == 0 ? ids.coordinationNumber(1985) : ids.randomPerson(1930, 2005));
        }
        people.add(ids.organisationNumber());
        people.subList(0, 8).forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        directory.arrange(Reachability.unreachable(people.get(8), Reachability.Status.SENDER_BLOCKED));
        operator.failFor(people.get(0), DeliveryResult.rejected("400", "Bad request"))
                .failFor(people.get(1), DeliveryResult.transientFailure("503", "Unavailable", Optional.empty()))
                .failNext(2, DeliveryResult.transientFailure("429", "Slow down", Optional.empty()));
        paper.failNext(1);
        List<Map<String, String>> rows = new ArrayList<>();
        people.forEach(person -> rows.add(Samples.row(person.formatted(), "Namn", "K")));
        rows.add(Samples.row(people.get(2).canonical(), "Dubblett", "K"));
        rows.add(Samples.row("19121212-1213", "Fel kontrollsiffra", "K"));
        List<RecipientOutcome> outcomes = new ArrayList<>();

        dispatcher.validate(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Validering"), outcomes::add);
        SendReport report = dispatcher.send(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Inbjudan").paperOnDigitalFailure(true));
        dispatcher.runDueWork();

        assertThat(CapturedLogs.all()).as("the dispatch logged something to check").isNotEmpty();
        CapturedLogs.assertNoIdentityNumberOf(people);
        List<String> written = new ArrayList<>();
        outcomes.forEach(outcome -> written.add(outcome.toString() + " " + outcome.message()));
        dispatcher.dispatchLog().allEvents(report.dispatchId(), EventQuery.all()).toList().forEach(event -> written.add(event.toString()));
        dispatcher.dispatchLog().allLetters(report.dispatchId(), LetterQuery.all()).toList().forEach(entry -> written.add(entry.toString()));
        for (RecipientId person : people) {
            assertThat(written).noneMatch(text -> UnmaskedForms.appearIn(text, person));
        }
    }
}
