package se.scb.dispatch.adapter.minameddelanden;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.stream.Stream;
import se.scb.dispatch.testkit.TestKeyStores;

/**
 * PKCS#12 key stores made at test time with the JDK's {@code keytool} (self-signed, valid for two
 * days, never committed), and trust stores assembled from their certificates.
 *
 * <p>keytool is a JVM of its own and takes seconds on a busy machine, so the sender's and the
 * intermediary's stores are made once per test run, in a temporary directory removed at exit;
 * tests that need stores of their own make them in their {@code @TempDir}.
 */
final class TestKeys {

    static final String PASSWORD = "test-password";
    static final String SENDER_ALIAS = "sender";
    static final String SEAL_ALIAS = "seal";

    private static Path shared;

    private TestKeys() {
    }

    /** The sender's key store: one RSA key under {@value #SENDER_ALIAS}. */
    static synchronized Path sender() {
        Path file = sharedDirectory().resolve("sender.p12");
        return Files.exists(file) ? file : keyStore(sharedDirectory(), "sender", SENDER_ALIAS, "Test sender");
    }

    /** The intermediary's key store: one RSA key under {@value #SEAL_ALIAS}. */
    static synchronized Path intermediary() {
        Path file = sharedDirectory().resolve("intermediary.p12");
        return Files.exists(file) ? file : keyStore(sharedDirectory(), "intermediary", SEAL_ALIAS, "Test intermediary");
    }

    /** A key store with one RSA key and a self-signed certificate for {@code CN=commonName}. */
    static Path keyStore(Path dir, String name, String alias, String commonName, String... extraArguments) {
        return TestKeyStores.create(dir.resolve(name + ".p12"), alias, commonName, PASSWORD, extraArguments);
    }

    /** A trust store holding the certificate under {@code alias} in {@code keyStore}. */
    static Path trustStoreFor(Path dir, String name, Path keyStore, String alias) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(alias, certificate(keyStore, alias));
            return write(trust, dir.resolve(name + ".p12"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a trust store from " + keyStore, e);
        }
    }

    /** A copy of the key store with its key also under a second alias: a file with two private keys. */
    static Path withSecondKey(Path dir, Path keyStore, String alias, String secondAlias) {
        try {
            KeyStore store = load(keyStore);
            KeyStore.Entry entry = store.getEntry(alias, new KeyStore.PasswordProtection(PASSWORD.toCharArray()));
            store.setEntry(secondAlias, entry, new KeyStore.PasswordProtection(PASSWORD.toCharArray()));
            return write(store, dir.resolve("two-keys.p12"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot copy " + keyStore, e);
        }
    }

    static X509Certificate certificate(Path keyStore, String alias) {
        try {
            return (X509Certificate) load(keyStore).getCertificate(alias);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + keyStore, e);
        }
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            return store;
        }
    }

    private static Path write(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static Path sharedDirectory() {
        if (shared == null) {
            try {
                shared = Files.createTempDirectory("mina-meddelanden-test-keys");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path directory = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(directory)));
        }
        return shared;
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left for the system's temporary-file cleaning.
        }
    }
}
