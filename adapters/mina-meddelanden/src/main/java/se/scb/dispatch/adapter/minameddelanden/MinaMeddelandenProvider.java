package se.scb.dispatch.adapter.minameddelanden;

import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * The factories named {@value #NAME} that {@link java.util.ServiceLoader} finds: choose them with
 * {@code dispatch.recipient-directory=mina-meddelanden} and {@code dispatch.mailbox-operator=mina-meddelanden},
 * configured by the {@code mina-meddelanden.*} keys (see {@link MinaMeddelandenConfig}).
 */
public final class MinaMeddelandenProvider {

    /** The provider name configuration chooses this adapter with. */
    public static final String NAME = "mina-meddelanden";

    private MinaMeddelandenProvider() {
    }

    /** Makes a {@link MinaMeddelandenDirectory}. */
    public static final class Directory extends ProviderFactory<RecipientDirectory> {
        public Directory() {
            super(RecipientDirectory.class, NAME, config -> new MinaMeddelandenDirectory(MinaMeddelandenConfig.from(config)));
        }
    }

    /** Makes a {@link MinaMeddelandenOperator}. */
    public static final class Operator extends ProviderFactory<MailboxOperator> {
        public Operator() {
            super(MailboxOperator.class, NAME, config -> new MinaMeddelandenOperator(MinaMeddelandenConfig.from(config)));
        }
    }
}
