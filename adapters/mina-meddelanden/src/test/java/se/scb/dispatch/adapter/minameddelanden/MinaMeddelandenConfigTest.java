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
import se.scb.dispatch.config.InvalidConfigurationException;
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
    @DisplayName("reads durations as 500ms, 30s, 2m, 1h or ISO-8601")
    void readsDurations() {
        assertThat(MinaMeddelandenConfig.duration("k", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(MinaMeddelandenConfig.duration("k", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(MinaMeddelandenConfig.duration("k", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(MinaMeddelandenConfig.duration("k", "2min")).isEqualTo(Duration.ofMinutes(2));
        assertThat(MinaMeddelandenConfig.duration("k", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(MinaMeddelandenConfig.duration("k", "PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    @DisplayName("names the key whose value cannot be read")
    void namesTheKeyThatCannotBeRead() {
        assertThatThrownBy(() -> from("mina-meddelanden.timeout", "soon")).isInstanceOf(ProviderException.class)
                .hasMessage("The configuration key 'mina-meddelanden.timeout' must be a duration such as 30s, 500ms or PT30S; 'soon' is not.");
        assertThatThrownBy(() -> from("mina-meddelanden.max-in-flight", "many")).isInstanceOf(ProviderException.class)
                .hasMessageContaining("'mina-meddelanden.max-in-flight' must be a whole number");
        assertThatThrownBy(() -> from("mina-meddelanden.allow-plain-http", "yes")).isInstanceOf(ProviderException.class)
                .hasMessageContaining("'mina-meddelanden.allow-plain-http' must be true or false");
        assertThatThrownBy(() -> from("mina-meddelanden.recipient-url", "https://far example")).isInstanceOf(ProviderException.class)
                .hasMessageContaining("'mina-meddelanden.recipient-url' must be a URL");
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
                .hasMessage("Invalid Mina meddelanden configuration (keys mina-meddelanden.*): keystore must be set."
                        + " maxInFlight must be at least 1. timeout must be positive. truststore.password must be set."
                        + " recipientUrl cannot be used: it is plain http; use https, or set mina-meddelanden.allow-plain-http=true in tests.");
    }

    @Test
    @DisplayName("the builder gives the same sentences as an exception of the core's")
    void theBuilderChecksToo() {
        assertThatThrownBy(() -> MinaMeddelandenConfig.builder().keystore(Path.of("scb.p12"), null).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Invalid Mina meddelanden configuration (keys mina-meddelanden.*): keystore.password must be set.");
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

    private static MinaMeddelandenConfig from(String key, String value) {
        Map<String, String> keys = keystoreOnly();
        keys.put(key, value);
        return MinaMeddelandenConfig.from(ProviderConfig.of(keys));
    }

    private static Map<String, String> keystoreOnly() {
        Map<String, String> keys = new HashMap<>();
        keys.put("mina-meddelanden.keystore", "scb.p12");
        keys.put("mina-meddelanden.keystore-password", "secret");
        return keys;
    }
}
