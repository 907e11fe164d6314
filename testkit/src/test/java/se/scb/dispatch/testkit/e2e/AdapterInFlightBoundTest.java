package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;

@ExtendWith(DispatcherExtension.class)
class AdapterInFlightBoundTest {

    private static final int ADAPTERS_BOUND = 5;

    @Test
    void keepsAsManyLettersOpenAsTheAdapterAllowsWhateverTheRunSettingsSay(FakeRecipientDirectory directory, FakePaperChannel paper,
            TestIdentityNumbers ids) {
        List<RecipientId> people = new ArrayList<>();
        for (int i = 0; i < 4 * ADAPTERS_BOUND; i++) {
            people.add(ids.randomPerson(1940, 2005));
        }
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        AnswersWhenFull operator = new AnswersWhenFull();
        try (Dispatcher dispatcher = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(paper)
                .runSettings(DispatcherExtension.FAST.withMaxInFlightPerOperator(3)).build()) {

            SendReport report = dispatcher.send(Samples.rows(people), Samples.INVITATION, DispatchOptions.named("Inbjudan"));

            assertThat(report.status().count(DeliveryState.DELIVERED)).isEqualTo(people.size());
        }
        assertThat(operator.mostOpen()).isEqualTo(ADAPTERS_BOUND);
    }

    /**
     * Answers nothing until as many letters are open as it declares it takes, then answers them all:
     * a runner that keeps fewer open (the run settings' 3) would wait for answers that never come.
     */
    private static final class AnswersWhenFull implements MailboxOperator {

        private final List<CompletableFuture<DeliveryResult>> open = new ArrayList<>();
        private int mostOpen;

        synchronized int mostOpen() {
            return mostOpen;
        }

        @Override
        public OptionalInt maxInFlight() {
            return OptionalInt.of(ADAPTERS_BOUND);
        }

        @Override
        public OperatorCapabilities capabilities() {
            return new FakeMailboxOperator().capabilities();
        }

        @Override
        public synchronized CompletionStage<DeliveryResult> deliver(Letter letter) {
            CompletableFuture<DeliveryResult> answer = new CompletableFuture<>();
            open.add(answer);
            mostOpen = Math.max(mostOpen, open.size());
            if (open.size() == ADAPTERS_BOUND) {
                open.forEach(each -> each.complete(DeliveryResult.delivered("200", "Taken.")));
                open.clear();
            }
            return answer;
        }
    }
}
