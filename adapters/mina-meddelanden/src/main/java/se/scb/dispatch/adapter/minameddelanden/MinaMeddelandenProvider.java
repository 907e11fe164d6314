package se.scb.dispatch.adapter.minameddelanden;

import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.MailboxOperatorProvider;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.spi.RecipientDirectoryProvider;

/**
 * The providers named {@value #NAME} that {@link java.util.ServiceLoader} finds: choose them with
 * {@code dispatch.recipient-directory=mina-meddelanden} and {@code dispatch.mailbox-operator=mina-meddelanden},
 * configured by the {@code mina-meddelanden.*} keys (see {@link MinaMeddelandenConfig}).
 *
 * <p>Nested classes, not one class: both provider interfaces declare {@code create(ProviderConfig)}
 * with different return types, which one class cannot implement.
 */
public final class MinaMeddelandenProvider {

    /** The provider name configuration chooses this adapter with. */
    public static final String NAME = "mina-meddelanden";

    private MinaMeddelandenProvider() {
    }

    /** Makes a {@link MinaMeddelandenDirectory}. */
    public static final class Directory implements RecipientDirectoryProvider {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public RecipientDirectory create(ProviderConfig config) {
            return new MinaMeddelandenDirectory(MinaMeddelandenConfig.from(config));
        }
    }

    /** Makes a {@link MinaMeddelandenOperator}. */
    public static final class Operator implements MailboxOperatorProvider {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public MailboxOperator create(ProviderConfig config) {
            return new MinaMeddelandenOperator(MinaMeddelandenConfig.from(config));
        }
    }
}
