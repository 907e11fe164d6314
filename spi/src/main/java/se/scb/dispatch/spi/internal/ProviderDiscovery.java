package se.scb.dispatch.spi.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * Finds the provider the dispatcher needs, the way SLF4J 2 finds its binding: one given in code wins,
 * then the {@link ProviderFactory} named in configuration, then the only one on the class path. None,
 * or several with none named, is an error that says what to do. A factory that fails to load is
 * reported, not swallowed.
 */
public final class ProviderDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderDiscovery.class);

    private final ClassLoader classLoader;

    public ProviderDiscovery(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Discovery over the thread's context class loader, or this library's when there is none. */
    public static ProviderDiscovery onClassPath() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new ProviderDiscovery(context != null ? context : ProviderDiscovery.class.getClassLoader());
    }

    /**
     * The instance to use.
     *
     * @param type     {@code RecipientDirectory.class}, {@code MailboxOperator.class} or {@code PaperChannel.class}
     * @param explicit one given in code, if any
     * @throws ProviderException when none can be chosen; the message says which artifact to add or which key to set
     */
    public <T> T resolve(Class<T> type, Optional<T> explicit, ProviderConfig config) {
        Role role = Role.of(type);
        if (explicit.isPresent()) {
            LOG.info("Using the {} given in code: {}", role.description, explicit.get().getClass().getName());
            return explicit.get();
        }
        Loaded loaded = load(type);
        Optional<String> configured = config.get(role.configKey);
        ProviderFactory<?> chosen = configured.isPresent() ? named(role, loaded, configured.get()) : onlyOne(role, loaded);
        T instance = type.cast(chosen.create(config));
        LOG.info("Using the {} '{}' ({}), {}", role.description, chosen.name(), chosen.getClass().getName(),
                configured.isPresent() ? "named by " + role.configKey : "the only one on the class path");
        return instance;
    }

    private static ProviderFactory<?> named(Role role, Loaded loaded, String name) {
        return loaded.factories.stream()
                .filter(factory -> factory.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ProviderException("The configuration asks for the " + role.description + " '" + name + "' ("
                        + role.configKey + "), but the class path has " + loaded.describe()
                        + ". Add the artifact that provides '" + name + "'." + loaded.failureNote()));
    }

    private static ProviderFactory<?> onlyOne(Role role, Loaded loaded) {
        if (loaded.factories.isEmpty()) {
            throw new ProviderException("No " + role.description + " was found on the class path. Add " + role.artifacts
                    + ", or give one in code with Dispatcher.builder()." + role.builderMethod + "." + loaded.failureNote());
        }
        if (loaded.factories.size() > 1) {
            throw new ProviderException("Several " + role.description + " providers are on the class path: " + loaded.describe()
                    + ". Choose one with the configuration key " + role.configKey + "=NAME, or give one in code with Dispatcher.builder()."
                    + role.builderMethod + ".");
        }
        return loaded.factories.get(0);
    }

    /** The factories on the class path that make a {@code type}; a factory that fails to load is noted, whatever it makes. */
    private Loaded load(Class<?> type) {
        List<ProviderFactory<?>> factories = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        @SuppressWarnings("rawtypes")
        Iterator<ProviderFactory> iterator = ServiceLoader.load(ProviderFactory.class, classLoader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                ProviderFactory<?> factory = iterator.next();
                if (factory.type() == type) {
                    factories.add(factory);
                }
            } catch (ServiceConfigurationError e) {
                LOG.warn("A provider factory failed to load: {}", e.getMessage());
                failures.add(e.getMessage());
            }
        }
        return new Loaded(factories, failures);
    }

    /** The factories that loaded, and the messages of those that did not. */
    private record Loaded(List<ProviderFactory<?>> factories, List<String> failures) {

        String describe() {
            if (factories.isEmpty()) {
                return "none";
            }
            return factories.stream()
                    .map(factory -> "'" + factory.name() + "' (" + factory.getClass().getName() + ")")
                    .collect(Collectors.joining(", "));
        }

        String failureNote() {
            return failures.isEmpty() ? "" : " Some providers failed to load: " + String.join("; ", failures);
        }
    }

    /** What discovery's messages say of each thing the dispatcher needs. */
    private enum Role {
        RECIPIENT_DIRECTORY(RecipientDirectory.class, "recipient directory", ProviderConfig.RECIPIENT_DIRECTORY_KEY,
                "recipientDirectory(...)", "dispatch-adapter-mina-meddelanden or dispatch-adapter-kivra (or dispatch-testkit for fakes)"),
        MAILBOX_OPERATOR(MailboxOperator.class, "mailbox operator", ProviderConfig.MAILBOX_OPERATOR_KEY,
                "mailboxOperator(...)", "dispatch-adapter-mina-meddelanden or dispatch-adapter-kivra (or dispatch-testkit for fakes)"),
        PAPER_CHANNEL(PaperChannel.class, "paper channel", ProviderConfig.PAPER_CHANNEL_KEY,
                "paperChannel(...)", "dispatch-fallback-paper (or dispatch-testkit for fakes)");

        private final Class<?> type;
        private final String description;
        private final String configKey;
        private final String builderMethod;
        private final String artifacts;

        Role(Class<?> type, String description, String configKey, String builderMethod, String artifacts) {
            this.type = type;
            this.description = description;
            this.configKey = configKey;
            this.builderMethod = builderMethod;
            this.artifacts = artifacts;
        }

        static Role of(Class<?> type) {
            return Arrays.stream(values()).filter(role -> role.type == type).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Discovery finds a RecipientDirectory, a MailboxOperator or a PaperChannel,"
                            + " not a " + type.getName()));
        }
    }
}
