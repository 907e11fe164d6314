package se.scb.dispatch.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PKCS#12 key stores for tests, made with the running JDK's {@code keytool}: one RSA-2048 key with a
 * self-signed certificate valid for two days, the kind the Mina meddelanden adapter signs and connects
 * with. Never commit one; make it in a temporary directory. keytool is a JVM of its own and takes seconds
 * on a busy machine: make a store once per test class, not per test.
 */
public final class TestKeyStores {

    private TestKeyStores() {
    }

    /**
     * Makes {@code file} with one key under {@code alias} for {@code CN=commonName}, store and key both
     * protected by {@code password}; {@code extraKeytoolArguments} are added as given (e.g. {@code -ext}).
     *
     * @return {@code file}
     */
    public static Path create(Path file, String alias, String commonName, String password, String... extraKeytoolArguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=" + commonName,
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass", password));
        command.addAll(List.of(extraKeytoolArguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool -genkeypair failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("keytool could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while keytool ran", e);
        }
        return file;
    }
}
