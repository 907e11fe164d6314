package se.scb.dispatch.spi;

/**
 * Makes a {@link MailboxOperator} from configuration. Registered in
 * {@code META-INF/services/se.scb.dispatch.spi.MailboxOperatorProvider} and found with {@link java.util.ServiceLoader}.
 */
public interface MailboxOperatorProvider {

    /** The name configuration uses to choose this provider, e.g. {@code kivra}. */
    String name();

    /** Creates an instance. @throws ProviderException when the configuration is incomplete or wrong */
    MailboxOperator create(ProviderConfig config);
}
