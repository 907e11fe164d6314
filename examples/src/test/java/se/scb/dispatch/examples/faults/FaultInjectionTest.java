package se.scb.dispatch.examples.faults;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.adapter.kivra.KivraConfig;
import se.scb.dispatch.adapter.kivra.KivraMailboxOperator;
import se.scb.dispatch.adapter.kivra.KivraRecipientDirectory;
import se.scb.dispatch.adapter.minameddelanden.MinaMeddelandenConfig;
import se.scb.dispatch.adapter.minameddelanden.MinaMeddelandenDirectory;
import se.scb.dispatch.adapter.minameddelanden.MinaMeddelandenOperator;
import se.scb.dispatch.testkit.TestKeyStores;
import se.scb.dispatch.testkit.simulator.KivraSimulator;
import se.scb.dispatch.testkit.simulator.MinaMeddelandenSimulator;

/** A whole send through each real adapter to an operator that fails 30 % of deliveries on purpose: nothing lost, nothing doubled. */
class FaultInjectionTest {

    @TempDir
    Path directory;

    @Test
    void kivraThroughThirtyPercentFaults() throws Exception {
        try (KivraSimulator kivra = FaultyRun.faulty(KivraSimulator.builder()).start();
                KivraRecipientDirectory recipients = new KivraRecipientDirectory(kivraConfig(kivra));
                KivraMailboxOperator operator = new KivraMailboxOperator(kivraConfig(kivra))) {
            checkAll(FaultyRun.send(directory, recipients, operator, kivra));
        }
    }

    @Test
    void minaMeddelandenThroughThirtyPercentFaults() throws Exception {
        Path keyStore = TestKeyStores.create(directory.resolve("sender.p12"), "sender", "Test sender", "test-password");
        try (MinaMeddelandenSimulator mm = FaultyRun.faulty(MinaMeddelandenSimulator.builder()).start();
                MinaMeddelandenDirectory recipients = new MinaMeddelandenDirectory(minaMeddelandenConfig(mm, keyStore));
                MinaMeddelandenOperator operator = new MinaMeddelandenOperator(minaMeddelandenConfig(mm, keyStore))) {
            checkAll(FaultyRun.send(directory, recipients, operator, mm));
        }
    }

    private static void checkAll(FaultyRun run) throws Exception {
        try {
            run.assertEveryLetterEndedOnceInOneFinalState();
            run.assertTheFaultsWereMetAndNoLetterDeliveredTwice();
            run.assertRetriesStayedWithinTheirBound();
            run.assertRetryAfterWasHonoured();
        } finally {
            run.close();
        }
    }

    private static KivraConfig kivraConfig(KivraSimulator kivra) {
        return KivraConfig.builder().baseUrl(kivra.baseUrl()).clientId("dispatch").clientSecret("not-a-secret")
                .tenantKey(KivraSimulator.TENANT_KEY).timeout(FaultyRun.ADAPTER_TIMEOUT).build();
    }

    private static MinaMeddelandenConfig minaMeddelandenConfig(MinaMeddelandenSimulator mm, Path keyStore) {
        return MinaMeddelandenConfig.builder().recipientUrl(mm.recipientUrl()).keystore(keyStore, "test-password")
                .timeout(FaultyRun.ADAPTER_TIMEOUT).maxInFlight(16).allowPlainHttp(true).build();
    }
}
