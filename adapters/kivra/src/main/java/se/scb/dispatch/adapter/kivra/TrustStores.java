package se.scb.dispatch.adapter.kivra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS contexts that trust the certificates of a trust store file. */
final class TrustStores {

    private TrustStores() {
    }

    /**
     * A context trusting exactly the certificates in the store.
     *
     * @throws IllegalArgumentException saying what is wrong with the file, its type or its password
     */
    static SSLContext sslContext(Path file, char[] password, String type) {
        KeyStore store;
        try {
            store = KeyStore.getInstance(type);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the trust store type '" + type + "' is unknown; use PKCS12 or JKS.", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("there is no trust store at " + file.toAbsolutePath() + ".", e);
        } catch (IOException | GeneralSecurityException e) {
            // A wrong password shows as an IOException whose message says so.
            throw new IllegalArgumentException("the trust store at " + file.toAbsolutePath() + " cannot be read as " + type
                    + " (" + e.getMessage() + "); check its type and password.", e);
        }
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the trust store at " + file.toAbsolutePath() + " cannot be used for TLS: " + e.getMessage(), e);
        }
    }
}
