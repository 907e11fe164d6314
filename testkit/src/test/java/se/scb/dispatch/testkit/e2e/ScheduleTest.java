package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.model.SendingWindow;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestClock;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** A dispatch's letters go out when its schedule says: from the start time, inside the windows, wave by wave. */
class ScheduleTest {

    /** Saturday 28 November 2026, 10:00 in Stockholm. */
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();
    private final FakeMailboxOperator operator = new FakeMailboxOperator();
    private final Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator)
            .paperChannel(new FakePaperChannel()).runSettings(DispatcherExtension.FAST).clock(clock).build();
    private final List<RecipientId> people = new ArrayList<>();

    ScheduleTest() {
        TestIdentityNumbers ids = new TestIdentityNumbers(3);
        for (int i = 0; i < 60; i++) {
            RecipientId person = ids.randomPerson(1950, 2000);
            people.add(person);
            directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra")));
        }
    }

    @AfterEach
    void close() {
        dispatcher.close();
        operator.close();
    }

    @Test
    void nothingGoesOutBeforeTheStartTime() {
        String id = dispatcher.schedule(Samples.rows(people), Samples.INVITATION,
                DispatchOptions.named("Inbjudan").schedule(Schedule.immediately().startingAt(clock.instant().plus(Duration.ofHours(2))))).dispatchId();

        dispatcher.runDueWork();
        assertThat(operator.receivedCount()).isZero();

        clock.advance(Duration.ofHours(2));
        dispatcher.runDueWork();
        assertThat(dispatcher.status(id).count(DeliveryState.DELIVERED)).isEqualTo(60);
    }

    @Test
    void lettersWaitForTheSendingWindowToOpen() {
        String id = dispatcher.schedule(Samples.rows(people), Samples.INVITATION,
                DispatchOptions.named("Inbjudan").schedule(Schedule.immediately().within(SendingWindow.weekdays(9, 17)))).dispatchId();

        dispatcher.runDueWork();
        assertThat(operator.receivedCount()).as("closed at the weekend").isZero();

        clock.set(Instant.parse("2026-11-30T08:30:00Z"));
        dispatcher.runDueWork();
        assertThat(dispatcher.status(id).count(DeliveryState.DELIVERED)).isEqualTo(60);
    }

    @Test
    void wavesGoOutADayApart() {
        String id = dispatcher.schedule(Samples.rows(people), Samples.INVITATION,
                DispatchOptions.named("Inbjudan").schedule(Schedule.immediately().inWaves(3, Duration.ofDays(1)))).dispatchId();
        Map<Instant, Long> perWave = dispatcher.dispatchLog().allLetters(id, LetterQuery.all())
                .collect(Collectors.groupingBy(JournalEntry::dueAt, TreeMap::new, Collectors.counting()));
        Instant first = clock.instant();
        assertThat(perWave).containsOnlyKeys(first, first.plus(Duration.ofDays(1)), first.plus(Duration.ofDays(2)));

        dispatcher.runDueWork();
        long firstWave = operator.receivedCount();
        clock.advance(Duration.ofDays(1));
        dispatcher.runDueWork();
        long twoWaves = operator.receivedCount();
        clock.advance(Duration.ofDays(1));
        dispatcher.runDueWork();

        // Which letter falls in which wave is random; that each wave goes out on its day, whole, is not.
        assertThat(firstWave).isEqualTo(perWave.get(first));
        assertThat(twoWaves - firstWave).isEqualTo(perWave.get(first.plus(Duration.ofDays(1))));
        assertThat(dispatcher.status(id).count(DeliveryState.DELIVERED)).isEqualTo(60);
    }
}
