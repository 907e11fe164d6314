package se.scb.dispatch.adapter.minameddelanden;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;

/**
 * Mutual TLS against a WireMock HTTPS server that demands a client certificate. The stores are made
 * here with keytool: a self-signed server certificate for localhost, a self-signed client
 * certificate, each side trusting the other's, and a second client certificate the server does not know.
 */
class MutualTlsTest {

    private static final RecipientId RECIPIENT = TestIds.person(31);

    @TempDir
    static Path stores;
    private static Path clientKeys;
    private static Path strangerKeys;
    private static Path clientTrust;
    private static WireMockServer server;

    @BeforeAll
    static void startServer() {
        Path serverKeys = TestKeys.keyStore(stores, "server", "server", "localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1");
        clientKeys = TestKeys.keyStore(stores, "client", "client", "Test sender");
        // A certificate the server was never told to trust.
        strangerKeys = TestKeys.sender();
        Path serverTrust = TestKeys.trustStoreFor(stores, "server-trust", clientKeys, "client");
        clientTrust = TestKeys.trustStoreFor(stores, "client-trust", serverKeys, "server");

        server = new WireMockServer(options().httpDisabled(true).dynamicHttpsPort()
                .keystorePath(serverKeys.toString()).keystorePassword(TestKeys.PASSWORD).keyManagerPassword(TestKeys.PASSWORD)
                .keystoreType("PKCS12")
                .needClientAuth(true)
                .trustStorePath(serverTrust.toString()).trustStorePassword(TestKeys.PASSWORD).trustStoreType("PKCS12"));
        server.start();
        server.stubFor(post(urlPathEqualTo(WireMockDirectoryStub.PATH)).willReturn(WireMockOperatorStub.xml(200,
                SoapFixtures.reachabilityResponse(List.of(SoapFixtures.reachabilityStatus(RECIPIENT.canonical(), "Not", false, true, Optional.empty()))))));
        server.stubFor(post(urlPathEqualTo(WireMockOperatorStub.PATH)).willReturn(WireMockOperatorStub.xml(200,
                SoapFixtures.deliveryResponse(RECIPIENT.canonical(), true))));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    @DisplayName("the server turns away a client without a certificate")
    void theServerDemandsACertificate() throws Exception {
        HttpClient withoutCertificate = HttpClient.newBuilder().sslContext(trustingOnly(clientTrust)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + WireMockDirectoryStub.PATH)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("<x/>")).build();

        assertThatThrownBy(() -> withoutCertificate.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("the directory is answered when it presents its certificate")
    void theDirectoryPresentsItsCertificate() {
        MinaMeddelandenDirectory directory = new MinaMeddelandenDirectory(config(clientKeys).build());

        List<Reachability> answers = directory.lookup(TestLetters.SENDER.organisationNumber(), List.of(RECIPIENT));

        assertThat(answers).extracting(Reachability::status).containsExactly(Reachability.Status.NO_MAILBOX);
    }

    @Test
    @DisplayName("the directory is turned away with a certificate the server does not trust")
    void anUntrustedCertificateIsTurnedAway() {
        MinaMeddelandenDirectory directory = new MinaMeddelandenDirectory(config(strangerKeys).build());

        assertThatThrownBy(() -> directory.lookup(TestLetters.SENDER.organisationNumber(), List.of(RECIPIENT)))
                .isInstanceOf(ProviderException.class).hasMessageContaining("did not answer isReachable");
    }

    @Test
    @DisplayName("a server the trust store does not vouch for is refused")
    void anUnknownServerIsRefused() {
        MinaMeddelandenDirectory directory = new MinaMeddelandenDirectory(config(clientKeys).truststore(null).build());

        assertThatThrownBy(() -> directory.lookup(TestLetters.SENDER.organisationNumber(), List.of(RECIPIENT)))
                .isInstanceOf(ProviderException.class).hasMessageContaining("TLS connection failed");
    }

    @Test
    @DisplayName("the operator delivers over mutual TLS")
    void theOperatorDeliversOverMutualTls() throws Exception {
        MinaMeddelandenOperator operator = new MinaMeddelandenOperator(config(clientKeys).build());
        MailboxAddress mailbox = new MailboxAddress("165567828172", "Test operator", base() + WireMockOperatorStub.PATH);

        DeliveryResult result = operator.deliver(TestLetters.letter(TestLetters.newMessageId(), RECIPIENT, mailbox))
                .toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(result.isDelivered()).as("delivered, was %s", result).isTrue();
    }

    private static MinaMeddelandenConfig.Builder config(Path keyStore) {
        return MinaMeddelandenConfig.builder()
                .recipientUrl(URI.create(base() + WireMockDirectoryStub.PATH))
                .keystore(keyStore, TestKeys.PASSWORD)
                .truststore(clientTrust, TestKeys.PASSWORD)
                .timeout(Duration.ofSeconds(10));
    }

    private static String base() {
        return "https://localhost:" + server.httpsPort();
    }

    private static SSLContext trustingOnly(Path trustStore) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            trusted.load(in, TestKeys.PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
