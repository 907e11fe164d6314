package se.scb.dispatch.testkit;

import java.nio.file.Path;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.MailboxOperatorProvider;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperChannelProvider;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.spi.RecipientDirectoryProvider;

/**
 * The providers named {@value #NAME} that {@link java.util.ServiceLoader} finds for the fakes.
 *
 * <p>Three nested classes, not one class: the three provider interfaces each declare
 * {@code create(ProviderConfig)} with a different return type, which one class cannot implement.
 */
public final class FakeProviders {

    /** The provider name configuration chooses the fakes with. */
    public static final String NAME = "fake";

    /** Optional configuration key: a file {@code recipient_id;status;operator} the directory answers from. */
    public static final String REACHABILITY_KEY = "fake.reachability";

    private FakeProviders() {
    }

    /** Makes a {@link FakeRecipientDirectory}, from the file in {@value #REACHABILITY_KEY} when set. */
    public static final class Directory implements RecipientDirectoryProvider {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public RecipientDirectory create(ProviderConfig config) {
            return config.get(REACHABILITY_KEY).map(Directory::fromFile).orElseGet(() -> FakeRecipientDirectory.builder().build());
        }

        private static FakeRecipientDirectory fromFile(String file) {
            try {
                return FakeRecipientDirectory.fromCsv(Path.of(file));
            } catch (RuntimeException e) {
                throw new ProviderException("The file in '" + REACHABILITY_KEY + "' cannot be used. " + e.getMessage(), e);
            }
        }
    }

    /** Makes a {@link FakeMailboxOperator} that takes every letter. */
    public static final class Operator implements MailboxOperatorProvider {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public MailboxOperator create(ProviderConfig config) {
            return new FakeMailboxOperator();
        }
    }

    /** Makes a {@link FakePaperChannel}. */
    public static final class Paper implements PaperChannelProvider {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public PaperChannel create(ProviderConfig config) {
            return new FakePaperChannel();
        }
    }
}
