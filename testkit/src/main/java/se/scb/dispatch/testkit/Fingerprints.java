package se.scb.dispatch.testkit;

/**
 * 64-bit fingerprints of texts, for counting and looking up millions of message ids in a few bytes each.
 * Two different texts share one with a chance of about 2^-64 a pair: for a million texts, about one in
 * 10^7 that any two do. Not a cryptographic hash: never use it to hide personal data.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** FNV-1a over the characters, then a final mix so that similar texts land far apart. */
    public static long of(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash;
    }
}
