package se.scb.dispatch.adapter.kivra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.ProviderFactory;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.spi.internal.ProviderDiscovery;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;

class KivraProvidersTest {

    private final KivraWireMock kivra = new KivraWireMock();

    @AfterEach
    void stopKivra() {
        kivra.close();
    }

    @Test
    @SuppressWarnings("rawtypes") // ServiceLoader knows the class ProviderFactory, not its type argument
    void registersBothProvidersUnderTheNameKivra() {
        assertThat(ServiceLoader.load(ProviderFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(factory -> factory.name().equals(KivraProviders.NAME)).map(ProviderFactory::type))
                .containsExactlyInAnyOrder(RecipientDirectory.class, MailboxOperator.class);
    }

    @Test
    void discoveryMakesAWorkingDirectoryAndOperatorFromTheKeys() {
        ProviderConfig config = ProviderConfig.of(Map.of(
                "dispatch.recipient-directory", "kivra",
                "dispatch.mailbox-operator", "kivra",
                "kivra.base-url", kivra.server.baseUrl(),
                "kivra.client-id", KivraWireMock.CLIENT_ID,
                "kivra.client-secret", KivraWireMock.CLIENT_SECRET,
                "kivra.tenant-key", KivraWireMock.TENANT,
                "kivra.timeout", "5s"));
        ProviderDiscovery discovery = ProviderDiscovery.onClassPath();

        RecipientDirectory directory = discovery.resolve(RecipientDirectory.class, Optional.empty(), config);
        MailboxOperator operator = discovery.resolve(MailboxOperator.class, Optional.empty(), config);

        kivra.matching.add(TestIds.person(5).canonical());
        assertThat(directory.lookup(TestLetters.SENDER.organisationNumber(), List.of(TestIds.person(5))))
                .extracting(Reachability::status).containsExactly(Reachability.Status.REACHABLE);
        assertThat(operator.deliver(Letters.htmlAndText("msg-1", TestIds.person(5))).toCompletableFuture().join().isDelivered()).isTrue();
    }

    @Test
    void namesTheMissingKeysWhenCreated() {
        assertThatThrownBy(() -> new KivraProviders.Operator().create(ProviderConfig.of(Map.of("kivra.base-url", kivra.server.baseUrl()))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("kivra.client-id must be set.");
        assertThatThrownBy(() -> new KivraProviders.Directory().create(ProviderConfig.empty()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("kivra.base-url must be set.");
    }
}
