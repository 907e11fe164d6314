package se.scb.dispatch.adapter.kivra;

import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.MailboxOperatorProvider;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.spi.RecipientDirectoryProvider;

/**
 * The providers named {@value #NAME} that {@link java.util.ServiceLoader} finds, configured by the
 * {@link KivraConfig.Keys}. Two nested classes, not one: the provider interfaces each declare
 * {@code create(ProviderConfig)} with a different return type, which one class cannot implement.
 */
public final class KivraProviders {

    /** The provider name configuration chooses Kivra with. */
    public static final String NAME = "kivra";

    private KivraProviders() {
    }

    /** Makes a {@link KivraRecipientDirectory}. */
    public static final class Directory implements RecipientDirectoryProvider {

        @Override
        public String name() {
            return NAME;
        }

        /** @throws ProviderException naming every key that is missing or wrong */
        @Override
        public RecipientDirectory create(ProviderConfig config) {
            return new KivraRecipientDirectory(KivraConfig.from(config));
        }
    }

    /** Makes a {@link KivraMailboxOperator}. */
    public static final class Operator implements MailboxOperatorProvider {

        @Override
        public String name() {
            return NAME;
        }

        /** @throws ProviderException naming every key that is missing or wrong */
        @Override
        public MailboxOperator create(ProviderConfig config) {
            return new KivraMailboxOperator(KivraConfig.from(config));
        }
    }
}
