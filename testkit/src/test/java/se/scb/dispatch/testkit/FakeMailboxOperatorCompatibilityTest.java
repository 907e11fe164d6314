package se.scb.dispatch.testkit;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.testkit.compat.Fault;
import se.scb.dispatch.testkit.compat.MailboxOperatorCompatibilityKit;
import se.scb.dispatch.testkit.compat.OperatorStub;

/** The fake operator passes the kit every adapter must pass (from another package, as an adapter would). */
class FakeMailboxOperatorCompatibilityTest extends MailboxOperatorCompatibilityKit {

    private static final Duration TIMEOUT = Duration.ofMillis(200);

    private final FakeMailboxOperator fake = new FakeMailboxOperator().timeout(TIMEOUT);

    @AfterEach
    void closeFake() {
        fake.close();
    }

    @Override
    protected MailboxOperator operator() {
        return fake;
    }

    @Override
    protected OperatorStub stub() {
        return new FakeOperatorStub(fake);
    }

    @Override
    protected Duration timeout() {
        return TIMEOUT;
    }

    /** Plays each fault through the fake's fault injection, translated as an adapter would translate it. */
    private static final class FakeOperatorStub implements OperatorStub {

        private final FakeMailboxOperator fake;

        FakeOperatorStub(FakeMailboxOperator fake) {
            this.fake = fake;
        }

        @Override
        public void answerNextDeliveryWith(Fault fault) {
            switch (fault.kind()) {
                case SERVICE_UNAVAILABLE_503:
                    fake.failNext(1, DeliveryResult.transientFailure("503", "Service unavailable", Optional.empty()));
                    break;
                case TOO_MANY_REQUESTS_429:
                    fake.failNext(1, DeliveryResult.transientFailure("429", "Too many requests", fault.retryAfter()));
                    break;
                case BAD_REQUEST_400:
                    fake.failNext(1, DeliveryResult.rejected("400", "Bad request"));
                    break;
                case NO_ANSWER:
                    fake.hangNext(1);
                    break;
                case CONNECTION_RESET:
                    fake.failNext(1, DeliveryResult.transientFailure("CONNECTION_RESET", "The connection was reset", Optional.empty()));
                    break;
                default:
                    throw new IllegalArgumentException("No way to play " + fault.kind());
            }
        }

        @Override
        public int deliveriesReceived(String messageId) {
            return fake.attempts(messageId);
        }

        @Override
        public int deliveriesReceived() {
            return fake.attempts();
        }
    }
}
