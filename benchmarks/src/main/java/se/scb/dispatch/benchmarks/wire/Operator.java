package se.scb.dispatch.benchmarks.wire;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import se.scb.dispatch.adapter.kivra.KivraConfig;
import se.scb.dispatch.adapter.kivra.KivraMailboxOperator;
import se.scb.dispatch.adapter.kivra.KivraRecipientDirectory;
import se.scb.dispatch.adapter.minameddelanden.MinaMeddelandenConfig;
import se.scb.dispatch.adapter.minameddelanden.MinaMeddelandenDirectory;
import se.scb.dispatch.adapter.minameddelanden.MinaMeddelandenOperator;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.simulator.KivraSimulator;
import se.scb.dispatch.testkit.simulator.MinaMeddelandenSimulator;
import se.scb.dispatch.testkit.simulator.OperatorSimulator;

/** A simulated operator with the real adapter pointed at it, for one benchmark round. */
final class Operator implements AutoCloseable {

    static final String KEY_ALIAS = "sender";
    static final char[] KEY_PASSWORD = "benchmark".toCharArray();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Request bodies kept for the bare loop to post again: the payloads the adapter wrote. */
    private static final int KEPT_BODIES = 2_000;

    final OperatorSimulator simulator;
    final RecipientDirectory directory;
    final MailboxOperator operator;
    final URI deliveryUri;
    final String contentType;

    private Operator(OperatorSimulator simulator, RecipientDirectory directory, MailboxOperator operator, URI deliveryUri, String contentType) {
        this.simulator = simulator;
        this.directory = directory;
        this.operator = operator;
        this.deliveryUri = deliveryUri;
        this.contentType = contentType;
    }

    static Operator kivra(Duration latency, int inFlight) {
        KivraSimulator kivra = KivraSimulator.builder().latency(latency).keepBodies(KEPT_BODIES).start();
        KivraConfig config = KivraConfig.builder().baseUrl(kivra.baseUrl()).clientId("benchmark").clientSecret("benchmark")
                .tenantKey(KivraSimulator.TENANT_KEY).timeout(TIMEOUT).maxInFlight(inFlight).build();
        return new Operator(kivra, new KivraRecipientDirectory(config), new KivraMailboxOperator(config),
                kivra.baseUrl().resolve("/v2/tenant/" + KivraSimulator.TENANT_KEY + "/content"), "application/json");
    }

    static Operator minaMeddelanden(Duration latency, int inFlight, Path keyStore) {
        MinaMeddelandenSimulator mm = MinaMeddelandenSimulator.builder().latency(latency).keepBodies(KEPT_BODIES).start();
        MinaMeddelandenConfig config = MinaMeddelandenConfig.builder().recipientUrl(mm.recipientUrl())
                .keystore(keyStore, new String(KEY_PASSWORD)).timeout(TIMEOUT).maxInFlight(inFlight).allowPlainHttp(true).build();
        return new Operator(mm, new MinaMeddelandenDirectory(config), new MinaMeddelandenOperator(config), mm.serviceUrl(),
                "text/xml; charset=utf-8");
    }

    @Override
    public void close() throws Exception {
        ((AutoCloseable) operator).close();
        ((AutoCloseable) directory).close();
        simulator.close();
    }
}
