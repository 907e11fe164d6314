package se.scb.dispatch.adapter.minameddelanden;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;
import se.scb.dispatch.testkit.simulator.FaultKind;
import se.scb.dispatch.testkit.simulator.FaultRates;
import se.scb.dispatch.testkit.simulator.MinaMeddelandenSimulator;

/** The adapter against the testkit's Mina meddelanden simulator: what the simulator answers, the adapter reads as the services'. */
class MinaMeddelandenAgainstSimulatorTest {

    private static final RecipientId REACHABLE = TestIds.person(4711);
    private static final RecipientId WITHOUT_MAILBOX = TestIds.person(4712);

    @Test
    void looksUpAndDeliversToTheServiceAddressTheLookupGave() throws Exception {
        try (MinaMeddelandenSimulator mm = MinaMeddelandenSimulator.builder().matching(REACHABLE.canonical()::equals).start();
                MinaMeddelandenDirectory directory = new MinaMeddelandenDirectory(config(mm));
                MinaMeddelandenOperator operator = new MinaMeddelandenOperator(config(mm))) {
            List<Reachability> answers = directory.lookup(OrganisationNumber.parse("202100-5489"), List.of(REACHABLE, WITHOUT_MAILBOX));

            assertThat(answers).extracting(Reachability::status).containsExactly(Reachability.Status.REACHABLE, Reachability.Status.NO_MAILBOX);
            MailboxAddress mailbox = answers.get(0).mailbox().orElseThrow();
            assertThat(mailbox.serviceAddress()).isEqualTo(mm.serviceUrl().toString());
            String messageId = TestLetters.newMessageId();
            assertThat(deliver(operator, messageId, mailbox).isDelivered()).isTrue();
            assertThat(mm.ledger().taken(messageId)).isTrue();
        }
    }

    @Test
    void readsA429AsTransientWithItsRetryAfter() throws Exception {
        try (MinaMeddelandenSimulator mm = always(FaultKind.TOO_MANY_REQUESTS).retryAfter(Duration.ofSeconds(2)).start();
                MinaMeddelandenOperator operator = new MinaMeddelandenOperator(config(mm))) {
            DeliveryResult result = deliver(operator, TestLetters.newMessageId(), mailboxAt(mm));

            assertThat(result.isTransient()).isTrue();
            assertThat(result.retryAfter()).contains(Duration.ofSeconds(2));
        }
    }

    @Test
    void readsEveryOtherFaultAsTransient() throws Exception {
        for (FaultKind kind : List.of(FaultKind.SERVER_ERROR, FaultKind.HALF_WRITTEN_BODY, FaultKind.CONNECTION_DROPPED, FaultKind.MALFORMED_BODY)) {
            try (MinaMeddelandenSimulator mm = always(kind).start(); MinaMeddelandenOperator operator = new MinaMeddelandenOperator(config(mm))) {
                assertThat(deliver(operator, TestLetters.newMessageId(), mailboxAt(mm)).isTransient()).as(kind.name()).isTrue();
            }
        }
    }

    @Test
    void readsADrippedAnswerAsDelivered() throws Exception {
        try (MinaMeddelandenSimulator mm = always(FaultKind.SLOW_DRIP).drip(4, Duration.ofMillis(5)).start();
                MinaMeddelandenOperator operator = new MinaMeddelandenOperator(config(mm))) {
            assertThat(deliver(operator, TestLetters.newMessageId(), mailboxAt(mm)).isDelivered()).isTrue();
        }
    }

    private static MinaMeddelandenSimulator.Builder always(FaultKind kind) {
        return MinaMeddelandenSimulator.builder().faults(FaultRates.none().with(kind, 1.0));
    }

    private static MailboxAddress mailboxAt(MinaMeddelandenSimulator mm) {
        return new MailboxAddress(MinaMeddelandenSimulator.OPERATOR_ID, MinaMeddelandenSimulator.OPERATOR_NAME, mm.serviceUrl().toString());
    }

    private static MinaMeddelandenConfig config(MinaMeddelandenSimulator mm) {
        return MinaMeddelandenConfig.builder().recipientUrl(mm.recipientUrl()).keystore(TestKeys.sender(), TestKeys.PASSWORD)
                .timeout(Duration.ofSeconds(30)).allowPlainHttp(true).build();
    }

    private static DeliveryResult deliver(MinaMeddelandenOperator operator, String messageId, MailboxAddress mailbox) throws Exception {
        return operator.deliver(TestLetters.letter(messageId, REACHABLE, mailbox)).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
