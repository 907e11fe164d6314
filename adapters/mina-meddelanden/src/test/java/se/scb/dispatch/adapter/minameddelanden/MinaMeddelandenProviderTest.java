package se.scb.dispatch.adapter.minameddelanden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.spi.internal.ProviderDiscovery;

/** Discovery finds both providers by name, and creating them says what is missing. */
class MinaMeddelandenProviderTest {

    @TempDir
    Path keys;
    private final Path keyStore = TestKeys.sender();

    @Test
    @DisplayName("discovery finds the directory and the operator named mina-meddelanden")
    void discoveryFindsBoth() {
        Map<String, String> values = configured();
        values.put("dispatch.recipient-directory", "mina-meddelanden");
        values.put("dispatch.mailbox-operator", "mina-meddelanden");
        ProviderConfig config = ProviderConfig.of(values);
        ProviderDiscovery discovery = ProviderDiscovery.onClassPath();

        assertThat(discovery.resolve(RecipientDirectory.class, Optional.empty(), config)).isInstanceOf(MinaMeddelandenDirectory.class);
        assertThat(discovery.resolve(MailboxOperator.class, Optional.empty(), config)).isInstanceOf(MinaMeddelandenOperator.class);
    }

    @Test
    @DisplayName("the directory says to set the Recipient service's address")
    void theDirectoryNeedsTheRecipientUrl() {
        Map<String, String> values = configured();
        values.remove("mina-meddelanden.recipient-url");

        assertThatThrownBy(() -> new MinaMeddelandenProvider.Directory().create(ProviderConfig.of(values))).isInstanceOf(ProviderException.class)
                .hasMessageContaining("set mina-meddelanden.recipient-url");
    }

    @Test
    @DisplayName("a wrong key store password names the key store")
    void aWrongPassword() {
        Map<String, String> values = configured();
        values.put("mina-meddelanden.keystore-password", "wrong");

        assertThatThrownBy(() -> new MinaMeddelandenProvider.Operator().create(ProviderConfig.of(values))).isInstanceOf(ProviderException.class)
                .hasMessageContaining("mina-meddelanden.keystore").hasMessageContaining(keyStore.toString());
    }

    @Test
    @DisplayName("a missing key store file is named")
    void aMissingFile() {
        Map<String, String> values = configured();
        values.put("mina-meddelanden.keystore", keys.resolve("absent.p12").toString());

        assertThatThrownBy(() -> new MinaMeddelandenProvider.Operator().create(ProviderConfig.of(values))).isInstanceOf(ProviderException.class)
                .hasMessageContaining("absent.p12").hasMessageContaining("does not exist");
    }

    @Test
    @DisplayName("a key store with two keys and no alias asks for the alias, listing the keys")
    void twoKeysNeedAnAlias() {
        Path twoKeys = TestKeys.withSecondKey(keys, keyStore, TestKeys.SENDER_ALIAS, "second");
        Map<String, String> values = configured();
        values.put("mina-meddelanden.keystore", twoKeys.toString());

        assertThatThrownBy(() -> new MinaMeddelandenProvider.Operator().create(ProviderConfig.of(values))).isInstanceOf(ProviderException.class)
                .hasMessageContaining("holds 2 private keys").hasMessageContaining(TestKeys.SENDER_ALIAS).hasMessageContaining("second")
                .hasMessageContaining("mina-meddelanden.key-alias");

        values.put("mina-meddelanden.key-alias", "second");
        assertThat(new MinaMeddelandenProvider.Operator().create(ProviderConfig.of(values))).isInstanceOf(MinaMeddelandenOperator.class);
    }

    @Test
    @DisplayName("an alias the key store lacks is named with the ones it has")
    void anUnknownAlias() {
        Map<String, String> values = configured();
        values.put("mina-meddelanden.seal-key-alias", "seal");

        assertThatThrownBy(() -> new MinaMeddelandenProvider.Operator().create(ProviderConfig.of(values))).isInstanceOf(ProviderException.class)
                .hasMessageContaining("no private key under the alias 'seal'").hasMessageContaining("[" + TestKeys.SENDER_ALIAS + "]");
    }

    private Map<String, String> configured() {
        Map<String, String> values = new HashMap<>();
        values.put("mina-meddelanden.recipient-url", "https://far.invalid/Recipient/v3");
        values.put("mina-meddelanden.keystore", keyStore.toString());
        values.put("mina-meddelanden.keystore-password", TestKeys.PASSWORD);
        return values;
    }
}
