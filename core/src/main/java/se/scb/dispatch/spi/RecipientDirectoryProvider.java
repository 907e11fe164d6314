package se.scb.dispatch.spi;

/**
 * Makes a {@link RecipientDirectory} from configuration. Registered in
 * {@code META-INF/services/se.scb.dispatch.spi.RecipientDirectoryProvider} and found with {@link java.util.ServiceLoader}.
 */
public interface RecipientDirectoryProvider {

    /** The name configuration uses to choose this provider, e.g. {@code kivra}. */
    String name();

    /** Creates an instance. @throws ProviderException when the configuration is incomplete or wrong */
    RecipientDirectory create(ProviderConfig config);
}
