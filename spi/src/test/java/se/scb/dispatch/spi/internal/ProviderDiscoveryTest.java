package se.scb.dispatch.spi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;

class ProviderDiscoveryTest {

    @TempDir
    Path classPath;

    @Test
    void aPaperChannelGivenInCodeWinsOverTheClassPath() throws IOException {
        PaperChannel mine = letters -> new PaperReceipt("mine", List.of(), Map.of());
        ProviderDiscovery discovery = discoveryWith(FirstPaper.class, SecondPaper.class);

        PaperChannel chosen = discovery.resolve(PaperChannel.class, Optional.of(mine), ProviderConfig.empty());

        assertThat(chosen).isSameAs(mine);
    }

    @Test
    void theOnlyProviderOnTheClassPathIsUsed() throws IOException {
        PaperChannel chosen = discoveryWith(FirstPaper.class)
                .resolve(PaperChannel.class, Optional.empty(), ProviderConfig.empty());

        assertThat(chosen.submit(new PaperBatch("b", List.of())).batchId()).isEqualTo("first");
    }

    @Test
    void configurationChoosesAmongSeveral() throws IOException {
        PaperChannel chosen = discoveryWith(FirstPaper.class, SecondPaper.class)
                .resolve(PaperChannel.class, Optional.empty(), ProviderConfig.of(Map.of("dispatch.paper-channel", "second")));

        assertThat(chosen.submit(new PaperBatch("b", List.of())).batchId()).isEqualTo("second");
    }

    @Test
    void noneFoundSaysWhichArtifactToAdd() throws IOException {
        ProviderDiscovery discovery = discoveryWith();

        assertThatThrownBy(() -> discovery.resolve(PaperChannel.class, Optional.empty(), ProviderConfig.empty()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("No paper channel was found on the class path")
                .hasMessageContaining("dispatch-fallback-paper")
                .hasMessageContaining("Dispatcher.builder().paperChannel(...)");
    }

    @Test
    void severalWithNoneNamedListsThemAndTheKeyToChooseWith() throws IOException {
        ProviderDiscovery discovery = discoveryWith(FirstPaper.class, SecondPaper.class);

        assertThatThrownBy(() -> discovery.resolve(PaperChannel.class, Optional.empty(), ProviderConfig.empty()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("Several paper channel providers")
                .hasMessageContaining("'first' (" + FirstPaper.class.getName() + ")")
                .hasMessageContaining("'second' (" + SecondPaper.class.getName() + ")")
                .hasMessageContaining("dispatch.paper-channel=NAME");
    }

    @Test
    void aNamedProviderThatIsNotThereListsWhatIs() throws IOException {
        ProviderDiscovery discovery = discoveryWith(FirstPaper.class);

        assertThatThrownBy(() -> discovery.resolve(PaperChannel.class, Optional.empty(),
                ProviderConfig.of(Map.of("dispatch.paper-channel", "print-house"))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("'print-house'")
                .hasMessageContaining("'first'");
    }

    @Test
    void aProviderThatFailsToLoadIsReportedNotSwallowed() throws IOException {
        ProviderDiscovery discovery = discoveryWithLines("se.scb.dispatch.spi.NoSuchProvider");

        assertThatThrownBy(() -> discovery.resolve(PaperChannel.class, Optional.empty(), ProviderConfig.empty()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("failed to load")
                .hasMessageContaining("NoSuchProvider");
    }

    @Test
    void aFailingProviderDoesNotHideAWorkingOne() throws IOException {
        PaperChannel chosen = discoveryWithLines("se.scb.dispatch.spi.NoSuchProvider", FirstPaper.class.getName())
                .resolve(PaperChannel.class, Optional.empty(), ProviderConfig.empty());

        assertThat(chosen.submit(new PaperBatch("b", List.of())).batchId()).isEqualTo("first");
    }

    private ProviderDiscovery discoveryWith(Class<?>... providers) throws IOException {
        return discoveryWithLines(java.util.Arrays.stream(providers).map(Class::getName).toArray(String[]::new));
    }

    /** A class loader whose class path holds only a service file listing the given classes. */
    private ProviderDiscovery discoveryWithLines(String... classNames) throws IOException {
        Path services = Files.createDirectories(classPath.resolve("META-INF/services"));
        Files.writeString(services.resolve(ProviderFactory.class.getName()), String.join("\n", classNames) + "\n");
        URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, getClass().getClassLoader());
        return new ProviderDiscovery(loader);
    }

    @Test
    void onlyFactoriesOfTheTypeAskedForAreCandidates() throws IOException {
        RecipientDirectory chosen = discoveryWith(FirstPaper.class, SecondPaper.class, SomeDirectory.class)
                .resolve(RecipientDirectory.class, Optional.empty(), ProviderConfig.empty());

        assertThat(chosen.maxBatchSize()).isEqualTo(7);
    }

    @Test
    void discoveryFindsOnlyWhatTheDispatcherNeeds() {
        assertThatThrownBy(() -> ProviderDiscovery.onClassPath().resolve(String.class, Optional.empty(), ProviderConfig.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    public static final class FirstPaper extends ProviderFactory<PaperChannel> {
        public FirstPaper() {
            super(PaperChannel.class, "first", config -> letters -> new PaperReceipt("first", List.of(), Map.of()));
        }
    }

    public static final class SecondPaper extends ProviderFactory<PaperChannel> {
        public SecondPaper() {
            super(PaperChannel.class, "second", config -> letters -> new PaperReceipt("second", List.of(), Map.of()));
        }
    }

    public static final class SomeDirectory extends ProviderFactory<RecipientDirectory> {
        public SomeDirectory() {
            super(RecipientDirectory.class, "some", config -> new RecipientDirectory() {
                @Override
                public int maxBatchSize() {
                    return 7;
                }

                @Override
                public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
                    return List.of();
                }
            });
        }
    }
}
