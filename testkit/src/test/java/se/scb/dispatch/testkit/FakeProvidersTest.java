package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.spi.RecipientDirectory;

class FakeProvidersTest {

    @TempDir
    Path folder;

    @Test
    void theServiceLoaderFindsAFakeOfEachKind() {
        assertThat(fakes()).containsExactlyInAnyOrder(RecipientDirectory.class, MailboxOperator.class, PaperChannel.class);
    }

    @Test
    void createsTheFakes() {
        assertThat(new FakeProviders.Directory().create(ProviderConfig.empty())).isInstanceOf(FakeRecipientDirectory.class);
        assertThat(new FakeProviders.Paper().create(ProviderConfig.empty())).isInstanceOf(FakePaperChannel.class);
        MailboxOperator operator = new FakeProviders.Operator().create(ProviderConfig.empty());
        assertThat(operator).isInstanceOf(FakeMailboxOperator.class);
        ((FakeMailboxOperator) operator).close();
    }

    @Test
    void readsTheDirectoryFromTheConfiguredFile() throws IOException {
        Path file = Files.write(folder.resolve("reachability.csv"), List.of("recipient_id;status;operator"));

        assertThat(new FakeProviders.Directory().create(ProviderConfig.of(Map.of("fake.reachability", file.toString()))))
                .isInstanceOf(FakeRecipientDirectory.class);
    }

    @Test
    void namesTheKeyWhenTheConfiguredFileCannotBeUsed() {
        ProviderConfig config = ProviderConfig.of(Map.of("fake.reachability", folder.resolve("missing.csv").toString()));

        assertThatThrownBy(() -> new FakeProviders.Directory().create(config))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("fake.reachability")
                .hasMessageContaining("missing.csv");
    }

    /** What the factories named fake on the class path make. */
    @SuppressWarnings("rawtypes") // ServiceLoader knows the class ProviderFactory, not its type argument
    private static List<Class<?>> fakes() {
        return ServiceLoader.load(ProviderFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(factory -> factory.name().equals(FakeProviders.NAME))
                .<Class<?>>map(ProviderFactory::type)
                .collect(Collectors.toList());
    }
}
