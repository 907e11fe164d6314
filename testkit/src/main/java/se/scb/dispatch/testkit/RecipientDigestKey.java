package se.scb.dispatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret a received-letters file digests recipients with, kept in a file of its own beside it
 * (owner-only where the file system allows). A plain hash of an identity number is no protection: a
 * personnummer has a few thousand possibilities once its birth date is known (and masked output shows
 * it), so anyone with the file could recover every number by trying them. With a keyed hash (HMAC-SHA-256)
 * they would need the key too, and deleting the key makes what is left of the file unreadable for good.
 */
final class RecipientDigestKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final int DIGEST_BYTES = 16;

    private final Path file;
    private SecretKeySpec key;

    /** @param file where the key is kept; made with a new random key on first use */
    RecipientDigestKey(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The first 16 bytes of the HMAC of the text, in hex. */
    synchronized String digest(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)), 0, DIGEST_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
        }
    }

    /** Deletes the key, so digests made with it can no longer be matched; the next digest makes a new one. */
    synchronized void delete() {
        try {
            Files.deleteIfExists(file);
            key = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the recipient digest key " + file, e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            key = new SecretKeySpec(HexFormat.of().parseHex(readOrCreate().strip()), ALGORITHM);
        }
        return key;
    }

    /**
     * The key's text; a process that finds none writes one. It is written whole to a file of its own
     * and then linked in place, which fails if another process was first: a reader never sees half a key,
     * and two processes never use different keys.
     */
    private String readOrCreate() {
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(secret);
                Path written = ownerOnly(file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".new"));
                try {
                    Files.writeString(written, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
                    Files.createLink(file, written);
                } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                    // Read its key below.
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the recipient digest key " + file, e);
        }
    }

    /** Creates the empty file (replacing a leftover), readable by its owner only where permissions are POSIX. */
    private static Path ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }
}
