package se.scb.dispatch.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the provider for a role, the way SLF4J 2 finds its binding: one given in code wins, then
 * one named in configuration, then the only one on the class path. None, or several with none
 * named, is an error that says what to do. A provider that fails to load is reported, not swallowed.
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
     * The instance for a role.
     *
     * @param explicit one given in code, if any
     * @throws ProviderException when none can be chosen; the message says which artifact to add or which key to set
     */
    public <P, T> T resolve(ProviderRole<P, T> role, Optional<T> explicit, ProviderConfig config) {
        if (explicit.isPresent()) {
            LOG.info("Using the {} given in code: {}", role.description(), explicit.get().getClass().getName());
            return explicit.get();
        }
        Loaded<P> loaded = load(role);
        Optional<String> configured = config.get(role.configKey());
        P chosen = configured.isPresent() ? named(role, loaded, configured.get()) : onlyOne(role, loaded);
        T instance = role.create().apply(chosen, config);
        LOG.info("Using the {} '{}' ({}), {}", role.description(), role.name().apply(chosen), chosen.getClass().getName(),
                configured.isPresent() ? "named by " + role.configKey() : "the only one on the class path");
        return instance;
    }

    private <P, T> P named(ProviderRole<P, T> role, Loaded<P> loaded, String name) {
        return loaded.providers.stream()
                .filter(provider -> role.name().apply(provider).equals(name))
                .findFirst()
                .orElseThrow(() -> new ProviderException("The configuration asks for the " + role.description() + " '" + name + "' ("
                        + role.configKey() + "), but the class path has " + describe(role, loaded)
                        + ". Add the artifact that provides '" + name + "'." + loaded.failureNote()));
    }

    private <P, T> P onlyOne(ProviderRole<P, T> role, Loaded<P> loaded) {
        if (loaded.providers.isEmpty()) {
            throw new ProviderException("No " + role.description() + " was found on the class path. Add " + role.artifacts()
                    + ", or give one in code with Dispatcher.builder()." + role.builderMethod() + "." + loaded.failureNote());
        }
        if (loaded.providers.size() > 1) {
            throw new ProviderException("Several " + role.description() + " providers are on the class path: " + describe(role, loaded)
                    + ". Choose one with the configuration key " + role.configKey() + "=NAME, or give one in code with Dispatcher.builder()."
                    + role.builderMethod() + ".");
        }
        return loaded.providers.get(0);
    }

    private <P, T> Loaded<P> load(ProviderRole<P, T> role) {
        List<P> providers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Iterator<P> iterator = ServiceLoader.load(role.providerType(), classLoader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                providers.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("A {} provider failed to load: {}", role.description(), e.getMessage());
                failures.add(e.getMessage());
            }
        }
        return new Loaded<>(providers, failures);
    }

    private static <P, T> String describe(ProviderRole<P, T> role, Loaded<P> loaded) {
        if (loaded.providers.isEmpty()) {
            return "none";
        }
        return loaded.providers.stream()
                .map(provider -> "'" + role.name().apply(provider) + "' (" + provider.getClass().getName() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The providers that loaded, and the messages of those that did not. */
    private record Loaded<P>(List<P> providers, List<String> failures) {
        String failureNote() {
            return failures.isEmpty() ? "" : " Some providers failed to load: " + String.join("; ", failures);
        }
    }
}
