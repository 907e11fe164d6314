package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.Option;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/**
 * The {@code --config} option: a properties file that chooses the providers (directory, operator,
 * paper channel) and configures them. Without it the program uses the testkit's fakes.
 */
final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE", converter = ReadableFile.class,
            description = "A properties file naming the providers (dispatch.recipient-directory, dispatch.mailbox-operator,"
                    + " dispatch.paper-channel: fake, kivra, mina-meddelanden, print-batch) with their settings."
                    + " Without it the fakes are used and nothing leaves this machine.")
    private Path file;

    /** The file, when given. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The configuration in the file, when one is given.
     *
     * @throws InputException when the file cannot be read as properties
     */
    Optional<ProviderConfig> load() {
        if (file == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("--config: " + file + " cannot be read as a properties file: " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return Optional.of(ProviderConfig.of(values));
    }

    /**
     * Builds the dispatcher; a provider the configuration names but the class path lacks, or
     * configures wrongly, is the user's to fix.
     *
     * @throws InputException with discovery's message, in one line
     */
    Dispatcher build(Dispatcher.Builder builder) {
        try {
            return builder.build();
        } catch (ProviderException | InvalidConfigurationException e) {
            throw new InputException("--config " + (file == null ? "" : file + " ") + "cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * A dispatcher for a dry run (validation, coverage): without {@code --config}, the fakes; with it, the
     * providers it names, except for paper: a dry run never prints, so it needs no print-batch directory.
     * A fake directory given beside {@code --config} takes the configured directory's place.
     */
    Dispatcher dryRunDispatcher(Optional<FakeRecipientDirectory> directory, FakeMailboxOperator fakeOperator) {
        Optional<ProviderConfig> configured = load();
        if (configured.isEmpty()) {
            return Fakes.dispatcher(directory.orElseThrow(), fakeOperator, DispatchListener.none());
        }
        Dispatcher.Builder builder = Dispatcher.builder().config(configured.get()).paperChannel(new FakePaperChannel());
        directory.ifPresent(builder::recipientDirectory);
        return build(builder);
    }

    /** The provider the configuration names under a key such as {@link ProviderConfig#PAPER_CHANNEL_KEY}, if it names one. */
    static Optional<String> named(ProviderConfig config, String key) {
        return config.get(key);
    }
}
