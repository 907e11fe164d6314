package se.scb.dispatch.examples.cli;

import java.util.Optional;
import java.util.ServiceLoader;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.testkit.FakeMailboxOperator;

/**
 * The mailbox operator a configuration names, for what it says of itself (its name and capabilities):
 * made by its module's factory and closed again. Without a configuration, the fake operator.
 */
record ConfiguredOperator(String name, OperatorCapabilities capabilities) {

    /**
     * @throws InputException when the configuration names an operator that is not on the class path or configures it wrongly
     */
    static ConfiguredOperator of(Optional<ProviderConfig> config) {
        if (config.isEmpty()) {
            try (FakeMailboxOperator fake = new FakeMailboxOperator()) {
                return new ConfiguredOperator(fake.name(), fake.capabilities());
            }
        }
        String named = ConfigOption.named(config.get(), ProviderConfig.MAILBOX_OPERATOR_KEY)
                .orElseThrow(() -> new InputException("--config: the file names no operator; set " + ProviderConfig.MAILBOX_OPERATOR_KEY + "."));
        for (var factory : ServiceLoader.load(se.scb.dispatch.spi.ProviderFactory.class)) {
            if (factory.type() == MailboxOperator.class && factory.name().equals(named)) {
                try {
                    MailboxOperator operator = (MailboxOperator) factory.create(config.get());
                    ConfiguredOperator described = new ConfiguredOperator(operator.name(), operator.capabilities());
                    if (operator instanceof AutoCloseable closeable) {
                        closeQuietly(closeable);
                    }
                    return described;
                } catch (ProviderException e) {
                    throw new InputException("--config: the operator '" + named + "' cannot be made: " + e.getMessage(), e);
                }
            }
        }
        throw new InputException("--config: no mailbox operator named '" + named + "' is on the class path.");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Only its description was wanted; nothing was sent through it.
        }
    }
}
