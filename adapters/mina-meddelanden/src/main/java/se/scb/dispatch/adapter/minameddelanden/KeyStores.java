package se.scb.dispatch.adapter.minameddelanden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import se.scb.dispatch.spi.ProviderException;

/** Reads the PKCS#12 files of the configuration into signing keys and a TLS context, with errors that say which key to fix. */
final class KeyStores {

    private static final String PKCS12 = "PKCS12";

    private KeyStores() {
    }

    /**
     * The private key and certificate for a signature.
     *
     * @param key the configuration key that names the file, for messages
     * @throws ProviderException when the file cannot be read, the alias is missing or ambiguous, or the key is not RSA
     */
    static SigningKey signingKey(KeyStoreFile file, String key) {
        KeyStore store = load(file, key);
        String alias = privateKeyAlias(store, file, key);
        try {
            KeyStore.Entry entry = store.getEntry(alias, new KeyStore.PasswordProtection(file.password().toCharArray()));
            KeyStore.PrivateKeyEntry privateKeyEntry = (KeyStore.PrivateKeyEntry) entry;
            if (!(privateKeyEntry.getCertificate() instanceof X509Certificate)) {
                throw new ProviderException("The key '" + alias + "' in " + key + " (" + file.path() + ") has no X.509 certificate.");
            }
            if (!"RSA".equals(privateKeyEntry.getPrivateKey().getAlgorithm())) {
                throw new ProviderException("The key '" + alias + "' in " + key + " (" + file.path() + ") is "
                        + privateKeyEntry.getPrivateKey().getAlgorithm() + "; Mina meddelanden signatures are RSA-SHA256, so it must be an RSA key.");
            }
            return new SigningKey(privateKeyEntry.getPrivateKey(), (X509Certificate) privateKeyEntry.getCertificate());
        } catch (UnrecoverableKeyException e) {
            throw new ProviderException("The key '" + alias + "' in " + key + " (" + file.path()
                    + ") cannot be unlocked with the key store's password; PKCS#12 keys must have the same password as the file.", e);
        } catch (GeneralSecurityException e) {
            throw new ProviderException("The key '" + alias + "' in " + key + " (" + file.path() + ") cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A TLS context that presents the key store's certificate and trusts the trust store's certificates
     * (the JDK's own when there is none).
     */
    static SSLContext sslContext(MinaMeddelandenConfig config) {
        KeyStoreFile file = config.keystore();
        KeyStore store = load(file, MinaMeddelandenConfig.KEYSTORE);
        String alias = privateKeyAlias(store, file, MinaMeddelandenConfig.KEYSTORE);
        try {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(onlyEntry(store, alias, file.password().toCharArray()), file.password().toCharArray());
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(config.truststore().map(trust -> load(trust, MinaMeddelandenConfig.TRUSTSTORE)).orElse(null));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ProviderException("A TLS context cannot be made from " + MinaMeddelandenConfig.KEYSTORE + " (" + file.path() + ") and "
                    + MinaMeddelandenConfig.TRUSTSTORE + ": " + e.getMessage(), e);
        }
    }

    /** A key store holding just the chosen entry, so TLS presents that certificate and no other the file may hold. */
    private static KeyStore onlyEntry(KeyStore store, String alias, char[] password) throws GeneralSecurityException, IOException {
        KeyStore only = KeyStore.getInstance(PKCS12);
        only.load(null, null);
        Certificate[] chain = store.getCertificateChain(alias);
        only.setKeyEntry(alias, store.getKey(alias, password), password, chain);
        return only;
    }

    private static KeyStore load(KeyStoreFile file, String key) {
        try (InputStream in = Files.newInputStream(file.path())) {
            KeyStore store = KeyStore.getInstance(PKCS12);
            store.load(in, file.password().toCharArray());
            return store;
        } catch (NoSuchFileException e) {
            throw new ProviderException("The file in " + key + " (" + file.path().toAbsolutePath() + ") does not exist.", e);
        } catch (IOException e) {
            String hint = e.getCause() instanceof UnrecoverableKeyException ? "; is " + key + "-password right?" : "";
            throw new ProviderException("The PKCS#12 file in " + key + " (" + file.path() + ") cannot be read: " + e.getMessage() + hint, e);
        } catch (GeneralSecurityException e) {
            throw new ProviderException("The PKCS#12 file in " + key + " (" + file.path() + ") cannot be read: " + e.getMessage(), e);
        }
    }

    /** The alias asked for, or the file's only private key. */
    private static String privateKeyAlias(KeyStore store, KeyStoreFile file, String key) {
        try {
            if (file.alias().isPresent()) {
                String alias = file.alias().get();
                if (!store.isKeyEntry(alias)) {
                    throw new ProviderException("The file in " + key + " (" + file.path() + ") has no private key under the alias '" + alias
                            + "'; it has " + keyAliases(store) + ".");
                }
                return alias;
            }
            List<String> aliases = keyAliases(store);
            if (aliases.size() != 1) {
                throw new ProviderException("The file in " + key + " (" + file.path() + ") holds " + aliases.size() + " private keys " + aliases
                        + "; name the one to use with the matching alias key (" + MinaMeddelandenConfig.KEY_ALIAS + " or "
                        + MinaMeddelandenConfig.SEAL_KEY_ALIAS + ").");
            }
            return aliases.get(0);
        } catch (java.security.KeyStoreException e) {
            throw new ProviderException("The file in " + key + " (" + file.path() + ") cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> keyAliases(KeyStore store) throws java.security.KeyStoreException {
        List<String> aliases = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                aliases.add(alias);
            }
        }
        return aliases;
    }
}
