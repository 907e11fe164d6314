package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.MailboxOperatorProvider;
import se.scb.dispatch.spi.PaperChannelProvider;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.RecipientDirectoryProvider;

class FakeProvidersTest {

    @TempDir
    Path folder;

    @Test
    void theServiceLoaderFindsAFakeOfEachKind() {
        assertThat(namesOf(RecipientDirectoryProvider.class, RecipientDirectoryProvider::name)).contains("fake");
        assertThat(namesOf(MailboxOperatorProvider.class, MailboxOperatorProvider::name)).contains("fake");
        assertThat(namesOf(PaperChannelProvider.class, PaperChannelProvider::name)).contains("fake");
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

    private static <P> List<String> namesOf(Class<P> type, Function<P, String> name) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).map(name).collect(Collectors.toList());
    }
}
