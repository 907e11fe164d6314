package se.scb.dispatch.adapter.kivra;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;

/**
 * Kivra is OAuth over HTTPS (no client certificate); these calls go to WireMock's HTTPS port with a
 * server certificate made here with the JDK's keytool, trusted through the adapter's trust store keys.
 */
class KivraHttpsTest {

    private static final String PASSWORD = "test-only-password";

    @TempDir
    static Path dir;
    private static Path trustStore;
    private static KivraWireMock kivra;

    @BeforeAll
    static void startKivraOverHttps() throws IOException, InterruptedException {
        Path serverStore = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.cer");
        trustStore = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "kivra-stub", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", serverStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "kivra-stub", "-keystore", serverStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "kivra-stub", "-file", certificate.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        kivra = new KivraWireMock(WireMockConfiguration.options().dynamicPort().dynamicHttpsPort()
                .keystorePath(serverStore.toString()).keystorePassword(PASSWORD).keyManagerPassword(PASSWORD).keystoreType("PKCS12"));
    }

    @AfterAll
    static void stopKivra() {
        if (kivra != null) {
            kivra.close();
        }
    }

    @Test
    void matchesAndDeliversOverHttpsWithTheConfiguredTrustStore() {
        ProviderConfig config = ProviderConfig.of(Map.of(
                "kivra.base-url", httpsBase().toString(),
                "kivra.client-id", KivraWireMock.CLIENT_ID,
                "kivra.client-secret", KivraWireMock.CLIENT_SECRET,
                "kivra.tenant-key", KivraWireMock.TENANT,
                "kivra.timeout", "5s",
                "kivra.trust-store", trustStore.toString(),
                "kivra.trust-store-password", PASSWORD,
                "kivra.trust-store-type", "PKCS12"));
        kivra.matching.add(TestIds.person(9).canonical());

        List<Reachability> answers = new KivraProviders.Directory().create(config)
                .lookup(TestLetters.SENDER.organisationNumber(), List.of(TestIds.person(9)));
        DeliveryResult result = new KivraProviders.Operator().create(config)
                .deliver(Letters.htmlAndText("msg-https", TestIds.person(9))).toCompletableFuture().join();

        assertThat(answers).extracting(Reachability::status).containsExactly(Reachability.Status.REACHABLE);
        assertThat(result.isDelivered()).as("%s", result).isTrue();
    }

    @Test
    void refusesAServerItDoesNotTrust() {
        KivraMailboxOperator trustingTheJdkOnly = new KivraMailboxOperator(kivra.config().baseUrl(httpsBase()).build());

        DeliveryResult result = trustingTheJdkOnly.deliver(Letters.htmlAndText("msg-untrusted", TestIds.person(9))).toCompletableFuture().join();

        assertThat(result.isTransient()).isTrue();
        assertThat(result.code()).isEqualTo("CONNECTION");
        assertThat(result.message()).contains("SSLHandshakeException");
    }

    private static URI httpsBase() {
        return URI.create("https://localhost:" + kivra.server.httpsPort());
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool %s: %s", arguments[0], output).isZero();
    }
}
