package se.scb.dispatch.examples.providers;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.testkit.FakeMailboxOperator;

/** A mailbox operator, found on the test class path under the name {@value #NAME}, that counts how often it was closed. */
public final class ClosingProbe implements MailboxOperator, AutoCloseable {

    public static final String NAME = "closing-probe";
    /** Instances closed so far, over all tests (each test reads the difference). */
    public static final AtomicInteger CLOSED = new AtomicInteger();

    @Override
    public OperatorCapabilities capabilities() {
        return FakeMailboxOperator.DEFAULT_CAPABILITIES;
    }

    @Override
    public CompletionStage<DeliveryResult> deliver(Letter letter) {
        return CompletableFuture.completedFuture(DeliveryResult.delivered("200", "Delivered."));
    }

    @Override
    public void close() {
        CLOSED.incrementAndGet();
    }

    /** Registered in META-INF/services of the examples' tests. */
    public static final class Factory extends ProviderFactory<MailboxOperator> {
        public Factory() {
            super(MailboxOperator.class, NAME, config -> new ClosingProbe());
        }
    }
}
