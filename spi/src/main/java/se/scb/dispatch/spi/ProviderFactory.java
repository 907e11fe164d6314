package se.scb.dispatch.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * Makes a {@link RecipientDirectory}, a {@link MailboxOperator} or a {@link PaperChannel} from
 * configuration. The one service type of the SPI: a module registers its factories in
 * {@code META-INF/services/se.scb.dispatch.spi.ProviderFactory} and the dispatcher finds them
 * with {@link java.util.ServiceLoader}. A factory is a constructor and nothing more:
 *
 * <pre>{@code
 * public final class KivraOperatorFactory extends ProviderFactory<MailboxOperator> {
 *     public KivraOperatorFactory() {
 *         super(MailboxOperator.class, "kivra", config -> new KivraMailboxOperator(KivraConfig.from(config)));
 *     }
 * }
 * }</pre>
 *
 * An abstract class rather than an interface so that the three things a factory states are given once,
 * to the constructor, and cannot disagree with what {@link #create} makes.
 *
 * @param <T> what it makes
 */
public abstract class ProviderFactory<T> {

    private final Class<T> type;
    private final String name;
    private final Function<ProviderConfig, ? extends T> maker;

    /**
     * @param type  what it makes: {@code RecipientDirectory.class}, {@code MailboxOperator.class} or {@code PaperChannel.class}
     * @param name  the name configuration chooses it with, e.g. {@code kivra}
     * @param maker makes one from the configuration; throws {@link ProviderException} when the configuration is wrong
     */
    protected ProviderFactory(Class<T> type, String name, Function<ProviderConfig, ? extends T> maker) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    public final Class<T> type() {
        return type;
    }

    /** The name configuration chooses it with, e.g. {@code kivra}. */
    public final String name() {
        return name;
    }

    /** Makes one. @throws ProviderException when the configuration is incomplete or wrong */
    public final T create(ProviderConfig config) {
        return type.cast(maker.apply(config));
    }
}
