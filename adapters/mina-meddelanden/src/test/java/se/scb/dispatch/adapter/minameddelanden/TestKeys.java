package se.scb.dispatch.adapter.minameddelanden;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
        Path file = dir.resolve(name + ".p12");
        List<String> arguments = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=" + commonName, "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD));
        arguments.addAll(List.of(extraArguments));
        keytool(arguments);
        return file;
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

    private static void keytool(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments.get(0) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("keytool could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while keytool ran", e);
        }
    }
}
