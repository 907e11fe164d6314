package se.scb.dispatch.adapter.minameddelanden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/** The {@code mina-meddelanden.*} keys, the builder they map onto, and the sentences a wrong configuration gives. */
class MinaMeddelandenConfigTest {

    @Test
    @DisplayName("reads every key")
    void readsEveryKey() {
        MinaMeddelandenConfig config = MinaMeddelandenConfig.from(ProviderConfig.of(Map.ofEntries(
                Map.entry("mina-meddelanden.recipient-url", "https://far.example/Recipient/v3"),
                Map.entry("mina-meddelanden.keystore", "/etc/dispatch/scb.p12"),
                Map.entry("mina-meddelanden.keystore-password", "secret-1"),
                Map.entry("mina-meddelanden.key-alias", "scb"),
                Map.entry("mina-meddelanden.seal-keystore", "/etc/dispatch/seal.p12"),
                Map.entry("mina-meddelanden.seal-keystore-password", "secret-2"),
                Map.entry("mina-meddelanden.seal-key-alias", "seal"),
                Map.entry("mina-meddelanden.truststore", "/etc/dispatch/trust.p12"),
                Map.entry("mina-meddelanden.truststore-password", "secret-3"),
                Map.entry("mina-meddelanden.timeout", "45s"),
                Map.entry("mina-meddelanden.max-in-flight", "4"),
                Map.entry("mina-meddelanden.allow-plain-http", "false"))));

        assertThat(config.recipientUrl()).contains(URI.create("https://far.example/Recipient/v3"));
        assertThat(config.keystore()).isEqualTo(new KeyStoreFile(Path.of("/etc/dispatch/scb.p12"), "secret-1", Optional.of("scb")));
        assertThat(config.sealKeystore()).isEqualTo(new KeyStoreFile(Path.of("/etc/dispatch/seal.p12"), "secret-2", Optional.of("seal")));
        assertThat(config.truststore()).contains(KeyStoreFile.of(Path.of("/etc/dispatch/trust.p12"), "secret-3"));
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.maxInFlight()).isEqualTo(4);
        assertThat(config.allowPlainHttp()).isFalse();
    }

    @Test
    @DisplayName("defaults to 30 s, 8 in flight, https only and the JDK's trust store")
    void hasDefaults() {
        MinaMeddelandenConfig config = MinaMeddelandenConfig.from(ProviderConfig.of(keystoreOnly()));

        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxInFlight()).isEqualTo(8);
        assertThat(config.allowPlainHttp()).isFalse();
        assertThat(config.truststore()).isEmpty();
        assertThat(config.recipientUrl()).isEmpty();
    }

    @Test
    @DisplayName("seals with the signing key unless told otherwise, or with another alias in the same file")
    void sealsWithTheSigningKeyByDefault() {
        Map<String, String> keys = keystoreOnly();
        MinaMeddelandenConfig same = MinaMeddelandenConfig.from(ProviderConfig.of(keys));
        keys.put("mina-meddelanden.seal-key-alias", "seal");
        MinaMeddelandenConfig otherAlias = MinaMeddelandenConfig.from(ProviderConfig.of(keys));

        assertThat(same.sealKeystore()).isEqualTo(same.keystore());
        assertThat(otherAlias.sealKeystore()).isEqualTo(new KeyStoreFile(Path.of("scb.p12"), "secret", Optional.of("seal")));
    }

    @Test
    @DisplayName("names every key whose value cannot be read, at once")
    void namesEveryKeyThatCannotBeRead() {
        Map<String, String> keys = keystoreOnly();
        keys.put("mina-meddelanden.timeout", "soon");
        keys.put("mina-meddelanden.max-in-flight", "many");
        keys.put("mina-meddelanden.allow-plain-http", "yes");
        keys.put("mina-meddelanden.recipient-url", "https://far example");

        assertThatThrownBy(() -> MinaMeddelandenConfig.from(ProviderConfig.of(keys))).isInstanceOf(ProviderException.class)
                .hasMessage("Invalid Mina meddelanden configuration (keys mina-meddelanden.*):"
                        + " mina-meddelanden.allow-plain-http must be true or false; it is 'yes'."
                        + " mina-meddelanden.recipient-url must be an absolute http or https address such as https://host.example/path;"
                        + " it is 'https://far example'."
                        + " mina-meddelanden.timeout must be a duration such as 30s, 500ms, 2m or PT30S; it is 'soon'."
                        + " mina-meddelanden.max-in-flight must be a whole number; it is 'many'.");
    }

    @Test
    @DisplayName("lists every rule broken, one sentence each")
    void listsEveryRuleBroken() {
        Map<String, String> keys = new HashMap<>();
        keys.put("mina-meddelanden.truststore", "trust.p12");
        keys.put("mina-meddelanden.timeout", "0s");
        keys.put("mina-meddelanden.max-in-flight", "0");
        keys.put("mina-meddelanden.recipient-url", "http://far.example/Recipient/v3");

        assertThatThrownBy(() -> MinaMeddelandenConfig.from(ProviderConfig.of(keys))).isInstanceOf(ProviderException.class)
                .hasMessage("Invalid Mina meddelanden configuration (keys mina-meddelanden.*):"
                        + " mina-meddelanden.recipient-url cannot be used: it is plain http; use https, or set mina-meddelanden.allow-plain-http=true in tests."
                        + " mina-meddelanden.keystore must be set."
                        + " mina-meddelanden.truststore-password must be set when mina-meddelanden.truststore is."
                        + " mina-meddelanden.timeout must be longer than zero."
                        + " mina-meddelanden.max-in-flight must be at least 1; it is 0.");
    }

    @Test
    @DisplayName("the builder checks by the same rules, under the same keys, and never shows a password")
    void theBuilderChecksToo() {
        assertThatThrownBy(() -> MinaMeddelandenConfig.builder().keystore(Path.of("scb.p12"), null).build())
                .isInstanceOf(ProviderException.class)
                .hasMessage("Invalid Mina meddelanden configuration (keys mina-meddelanden.*):"
                        + " mina-meddelanden.keystore-password must be set when mina-meddelanden.keystore is.");
        assertThatThrownBy(() -> MinaMeddelandenConfig.builder().truststore(null, "trust-secret").keystore(Path.of("scb.p12"), "secret").build())
                .hasMessageContaining("mina-meddelanden.truststore must be set when mina-meddelanden.truststore-password is.")
                .hasMessageNotContaining("secret.");
    }

    @Test
    @DisplayName("the builder keeps the aliases of the files it is given")
    void theBuilderKeepsAliases() {
        MinaMeddelandenConfig config = MinaMeddelandenConfig.builder()
                .keystore(new KeyStoreFile(Path.of("scb.p12"), "secret", Optional.of("scb")))
                .sealKeystore(new KeyStoreFile(Path.of("seal.p12"), "secret-2", Optional.of("seal")))
                .timeout(Duration.ofMillis(1_500)).build();

        assertThat(config.keystore()).isEqualTo(new KeyStoreFile(Path.of("scb.p12"), "secret", Optional.of("scb")));
        assertThat(config.sealKeystore()).isEqualTo(new KeyStoreFile(Path.of("seal.p12"), "secret-2", Optional.of("seal")));
        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    @DisplayName("lets plain http through when allowed")
    void allowsPlainHttpForTests() {
        MinaMeddelandenConfig config = MinaMeddelandenConfig.builder().keystore(Path.of("scb.p12"), "secret")
                .recipientUrl(URI.create("http://localhost:8080/Recipient/v3")).allowPlainHttp(true).build();

        assertThat(config.refusalOf(URI.create("http://localhost:8080/Service/v3"))).isEmpty();
        assertThat(config.refusalOf(URI.create("ftp://localhost/x"))).contains("it is not an http(s) URL");
    }

    @Test
    @DisplayName("shows no password in toString")
    void showsNoPassword() {
        Map<String, String> keys = keystoreOnly();
        keys.put("mina-meddelanden.truststore", "trust.p12");
        keys.put("mina-meddelanden.truststore-password", "trust-secret");

        String shown = MinaMeddelandenConfig.from(ProviderConfig.of(keys)).toString();

        assertThat(shown).contains("scb.p12").contains("trust.p12").doesNotContain("secret");
    }

    private static Map<String, String> keystoreOnly() {
        Map<String, String> keys = new HashMap<>();
        keys.put("mina-meddelanden.keystore", "scb.p12");
        keys.put("mina-meddelanden.keystore-password", "secret");
        return keys;
    }
}
