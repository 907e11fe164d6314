package se.scb.dispatch.run.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.JournalFixtures;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalStore;

class JournalWritesTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    private final JournalStore journal = JournalStore.of(Journal.inMemory());
    private final String dispatchId = "d-1";
    private final List<JournalEntry> claimed;

    JournalWritesTest() {
        journal.createDispatch(JournalFixtures.dispatch(dispatchId, T0));
        journal.addToPlan(List.of(JournalFixtures.digital(dispatchId, 1, JournalFixtures.person(1), T0),
                JournalFixtures.digital(dispatchId, 2, JournalFixtures.person(2), T0)));
        journal.updateState(dispatchId, DispatchState.RUNNING, T0);
        claimed = journal.claim(dispatchId, "me", T0, Duration.ofMinutes(1), 10);
    }

    @Test
    void writesNothingUntilFlushedThenEverythingInOrder() {
        JournalWrites writes = new JournalWrites(journal);
        writes.append(event(claimed.get(0), EventType.SENT));
        writes.record(claimed.get(0).delivered(T0), event(claimed.get(0), EventType.DELIVERED));

        assertThat(journal.status(dispatchId).count(DeliveryState.DELIVERED)).isZero();
        writes.flush();

        assertThat(journal.status(dispatchId).count(DeliveryState.DELIVERED)).isEqualTo(1);
        assertThat(journal.allEvents(dispatchId, EventQuery.all().ofLetter(claimed.get(0).messageId())).toList()).extracting(JournalEvent::type)
                .endsWith(EventType.SENT, EventType.DELIVERED);
    }

    @Test
    void aLetterSettledElsewhereMeanwhileDoesNotHoldUpTheOthers() {
        JournalWrites writes = new JournalWrites(journal);
        // Another runner took the first letter over (our lease ran out) and settled it.
        journal.record(claimed.get(0).settled(DeliveryState.FAILED, Optional.empty()), event(claimed.get(0), EventType.FAILED));
        writes.record(claimed.get(0).delivered(T0), event(claimed.get(0), EventType.DELIVERED));
        writes.record(claimed.get(1).delivered(T0), event(claimed.get(1), EventType.DELIVERED));

        writes.flush();

        assertThat(journal.allLetters(dispatchId, LetterQuery.all()).toList()).extracting(JournalEntry::state).containsExactly(DeliveryState.FAILED, DeliveryState.DELIVERED);
    }

    @Test
    void keepsWhatTheJournalRefusesAndGivesUpAfterSeveralTries() {
        JournalStore refusing = failingWrites(journal);
        JournalWrites writes = new JournalWrites(refusing);
        writes.record(claimed.get(0).delivered(T0), event(claimed.get(0), EventType.DELIVERED));

        for (int i = 0; i < 4; i++) {
            writes.flush();
        }

        assertThatThrownBy(writes::flush).hasMessageContaining("journal is down");
        new JournalWrites(journal).flush();
        assertThat(journal.status(dispatchId).count(DeliveryState.DELIVERED)).isZero();
    }

    @Test
    void aStartedFlushIsWrittenByTheWriterAndTheNextWaitsUntilItIsDone() {
        List<Runnable> writer = new ArrayList<>();
        JournalWrites writes = new JournalWrites(journal, writer::add);
        writes.record(claimed.get(0).delivered(T0), event(claimed.get(0), EventType.DELIVERED));

        writes.startFlush();
        writes.record(claimed.get(1).delivered(T0), event(claimed.get(1), EventType.DELIVERED));
        writes.startFlush();

        assertThat(writer).as("one write under way; the second letter waits for the next").hasSize(1);
        assertThat(journal.status(dispatchId).count(DeliveryState.DELIVERED)).isZero();
        writer.remove(0).run();
        assertThat(journal.status(dispatchId).count(DeliveryState.DELIVERED)).isEqualTo(1);
        writes.flush();
        assertThat(journal.status(dispatchId).count(DeliveryState.DELIVERED)).isEqualTo(2);
        assertThat(writer).isEmpty();
    }

    @Test
    void aStartedFlushThatFailedIsThrownByTheNextAndItsWritesAreTriedAgain() {
        JournalWrites refused = new JournalWrites(failingWrites(journal), Runnable::run);
        refused.record(claimed.get(0).delivered(T0), event(claimed.get(0), EventType.DELIVERED));
        for (int i = 0; i < 4; i++) {
            refused.flush();
        }

        refused.startFlush();

        assertThatThrownBy(refused::startFlush).hasMessageContaining("journal is down");
    }

    private JournalEvent event(JournalEntry entry, EventType type) {
        return new JournalEvent(dispatchId, entry.messageId(), entry.row().number(), T0, type, "", type + " in a test.");
    }

    /** A journal whose writes all fail, as when its database is unreachable; the rest it answers as the real one. */
    private static JournalStore failingWrites(JournalStore real) {
        return (JournalStore) Proxy.newProxyInstance(JournalStore.class.getClassLoader(), new Class<?>[] {JournalStore.class}, (proxy, method, arguments) -> {
            if (method.getName().startsWith("record") || method.getName().equals("append")) {
                throw new IllegalArgumentException("journal is down");
            }
            try {
                return method.invoke(real, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
