package se.scb.dispatch.adapter.kivra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.CoordinationNumber;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.simulator.FaultKind;
import se.scb.dispatch.testkit.simulator.FaultRates;
import se.scb.dispatch.testkit.simulator.KivraSimulator;

/** The adapter against the testkit's Kivra simulator: what the simulator answers, the adapter reads as Kivra's. */
class KivraAgainstSimulatorTest {

    private static final RecipientId PERSON = new PersonalIdentityNumber("191212121212");
    private static final RecipientId COORDINATION = new CoordinationNumber("195001612349");

    @Test
    void looksUpAndDelivers() throws Exception {
        try (KivraSimulator kivra = KivraSimulator.builder().matching(ssn -> !ssn.equals(COORDINATION.canonical())).start();
                KivraRecipientDirectory directory = new KivraRecipientDirectory(config(kivra));
                KivraMailboxOperator operator = new KivraMailboxOperator(config(kivra))) {
            List<Reachability> answers = directory.lookup(OrganisationNumber.parse("202100-5489"), List.of(PERSON, COORDINATION));

            assertThat(answers).extracting(Reachability::status).containsExactly(Reachability.Status.REACHABLE, Reachability.Status.NO_MAILBOX);
            assertThat(deliver(operator, "msg-1").isDelivered()).isTrue();
            assertThat(kivra.ledger().taken("msg-1")).isTrue();
        }
    }

    @Test
    void readsA429AsTransientWithItsRetryAfter() throws Exception {
        try (KivraSimulator kivra = always(FaultKind.TOO_MANY_REQUESTS).retryAfter(Duration.ofSeconds(3)).start();
                KivraMailboxOperator operator = new KivraMailboxOperator(config(kivra))) {
            DeliveryResult result = deliver(operator, "msg-1");

            assertThat(result.isTransient()).isTrue();
            assertThat(result.retryAfter()).contains(Duration.ofSeconds(3));
        }
    }

    @Test
    void readsAServerErrorAHalfWrittenAnswerAndADroppedConnectionAsTransient() throws Exception {
        for (FaultKind kind : List.of(FaultKind.SERVER_ERROR, FaultKind.HALF_WRITTEN_BODY, FaultKind.CONNECTION_DROPPED)) {
            try (KivraSimulator kivra = always(kind).start(); KivraMailboxOperator operator = new KivraMailboxOperator(config(kivra))) {
                assertThat(deliver(operator, "msg-1").isTransient()).as(kind.name()).isTrue();
            }
        }
    }

    @Test
    void readsNoAnswerAsATimeOut() throws Exception {
        try (KivraSimulator kivra = always(FaultKind.NO_ANSWER).noAnswerHold(Duration.ofMinutes(5)).start();
                KivraMailboxOperator operator = new KivraMailboxOperator(KivraConfig.builder().baseUrl(kivra.baseUrl()).clientId("id")
                        .clientSecret("secret").tenantKey(KivraSimulator.TENANT_KEY).timeout(Duration.ofMillis(300)).build())) {
            DeliveryResult result = deliver(operator, "msg-1");

            assertThat(result.isTransient()).isTrue();
            assertThat(result.code()).isEqualTo("TIMEOUT");
        }
    }

    @Test
    void readsADrippedAnswerAndOneWithAnUnreadableBodyByTheirStatus() throws Exception {
        for (FaultKind kind : List.of(FaultKind.SLOW_DRIP, FaultKind.MALFORMED_BODY)) {
            try (KivraSimulator kivra = always(kind).drip(3, Duration.ofMillis(5)).start();
                    KivraMailboxOperator operator = new KivraMailboxOperator(config(kivra))) {
                assertThat(deliver(operator, "msg-1").isDelivered()).as(kind.name()).isTrue();
            }
        }
    }

    private static KivraSimulator.Builder always(FaultKind kind) {
        return KivraSimulator.builder().faults(FaultRates.none().with(kind, 1.0));
    }

    private static KivraConfig config(KivraSimulator kivra) {
        return KivraConfig.builder().baseUrl(kivra.baseUrl()).clientId("id").clientSecret("secret").tenantKey(KivraSimulator.TENANT_KEY)
                .timeout(Duration.ofSeconds(30)).build();
    }

    private static DeliveryResult deliver(KivraMailboxOperator operator, String messageId) throws Exception {
        return operator.deliver(Letters.htmlAndText(messageId, PERSON)).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
