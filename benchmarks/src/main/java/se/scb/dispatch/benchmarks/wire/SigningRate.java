package se.scb.dispatch.benchmarks.wire;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast this JVM signs with the sender's key (SHA256withRSA, the signature Mina meddelanden's
 * deliveries carry twice): the machine's bound for that protocol, whatever the library does.
 */
final class SigningRate {

    private SigningRate() {
    }

    /** Signatures a second on {@code threads} threads, each signing for {@code millis} (after as long a warm-up). */
    static double signaturesPerSecond(Path keyStore, String alias, char[] password, int threads, long millis) throws Exception {
        PrivateKey key = key(keyStore, alias, password);
        signFor(key, millis);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> signFor(key, millis)));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / (millis / 1000.0);
        } finally {
            pool.shutdown();
        }
    }

    private static long signFor(PrivateKey key, long millis) throws Exception {
        // A SignedInfo is a few hundred bytes; the digest of the content is taken elsewhere.
        byte[] signedInfo = new byte[600];
        Signature signature = Signature.getInstance("SHA256withRSA");
        long end = System.nanoTime() + millis * 1_000_000;
        long count = 0;
        while (System.nanoTime() < end) {
            signature.initSign(key);
            signature.update(signedInfo);
            signature.sign();
            count++;
        }
        return count;
    }

    private static PrivateKey key(Path file, String alias, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return (PrivateKey) store.getKey(alias, password);
    }
}
