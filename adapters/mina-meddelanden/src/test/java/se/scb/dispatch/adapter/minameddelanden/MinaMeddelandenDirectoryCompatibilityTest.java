package se.scb.dispatch.adapter.minameddelanden;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.compat.DirectoryStub;
import se.scb.dispatch.testkit.compat.RecipientDirectoryCompatibilityKit;

/** The directory adapter passes the kit against a WireMock Recipient service speaking isReachable. */
class MinaMeddelandenDirectoryCompatibilityTest extends RecipientDirectoryCompatibilityKit {

    private WireMockDirectoryStub stub;
    private WireMockServer server;
    private MinaMeddelandenDirectory directory;

    @BeforeEach
    void startDirectory() {
        stub = new WireMockDirectoryStub();
        server = TestSetup.startServer(stub.transformer());
        stub.install(server);
        // The kit has no time-out case for directories; a roomy time-out keeps a full batch safe on a busy machine.
        directory = new MinaMeddelandenDirectory(TestSetup.plainHttp(server).timeout(Duration.ofSeconds(10)).build());
    }

    @AfterEach
    void stopDirectory() {
        server.stop();
    }

    @Override
    protected RecipientDirectory directory() {
        return directory;
    }

    @Override
    protected DirectoryStub stub() {
        return stub;
    }

    /** Mina meddelanden knows operators by their organisation number ({@code ServiceSupplier/Id}). */
    @Override
    protected String operatorId() {
        return WireMockOperatorStub.OPERATOR_ID;
    }
}
