package se.scb.dispatch.adapter.kivra;

import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * The factories named {@value #NAME} that {@link java.util.ServiceLoader} finds, configured by the
 * {@link KivraConfig.Keys}. Each makes one thing, as discovery asks for one thing at a time.
 */
public final class KivraProviders {

    /** The provider name configuration chooses Kivra with. */
    public static final String NAME = "kivra";

    private KivraProviders() {
    }

    /** Makes a {@link KivraRecipientDirectory}. */
    public static final class Directory extends ProviderFactory<RecipientDirectory> {
        public Directory() {
            super(RecipientDirectory.class, NAME, config -> new KivraRecipientDirectory(KivraConfig.from(config)));
        }
    }

    /** Makes a {@link KivraMailboxOperator}. */
    // tag::factory[]
    public static final class Operator extends ProviderFactory<MailboxOperator> {
        public Operator() {
            super(MailboxOperator.class, NAME, config -> new KivraMailboxOperator(KivraConfig.from(config)));
        }
    }
    // end::factory[]
}
