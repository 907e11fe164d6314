package se.scb.dispatch.adapter.minameddelanden;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.testkit.compat.MailboxOperatorCompatibilityKit;
import se.scb.dispatch.testkit.compat.OperatorStub;

/** The operator adapter passes the kit against a WireMock operator speaking deliverSecure. */
class MinaMeddelandenOperatorCompatibilityTest extends MailboxOperatorCompatibilityKit {

    private WireMockServer server;
    private WireMockOperatorStub stub;
    private MinaMeddelandenOperator operator;

    @BeforeEach
    void startOperator() {
        server = TestSetup.startServer();
        stub = new WireMockOperatorStub(server, recipient(), TestSetup.TIMEOUT);
        operator = new MinaMeddelandenOperator(TestSetup.plainHttp(server).build());
    }

    @AfterEach
    void stopOperator() {
        server.stop();
    }

    @Override
    protected MailboxOperator operator() {
        return operator;
    }

    @Override
    protected OperatorStub stub() {
        return stub;
    }

    @Override
    protected Duration timeout() {
        return TestSetup.TIMEOUT;
    }

    @Override
    protected MailboxAddress mailbox() {
        return stub.mailbox();
    }
}
