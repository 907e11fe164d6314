package se.scb.dispatch.adapter.minameddelanden;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A PKCS#12 file and its password, and for a key store the alias of the key to use.
 * {@code toString} leaves the password out.
 *
 * @param alias the entry to use; empty means the file's only private key
 */
public record KeyStoreFile(
        Path path,
        String password,
        Optional<String> alias) {

    public KeyStoreFile {
        Objects.requireNonNull(alias, "alias");
    }

    /** A file whose only private key (or, for a trust store, whose certificates) is used. */
    public static KeyStoreFile of(Path path, String password) {
        return new KeyStoreFile(path, password, Optional.empty());
    }

    /** The same file with the key under this alias. */
    public KeyStoreFile withAlias(String value) {
        return new KeyStoreFile(path, password, Optional.ofNullable(value));
    }

    @Override
    public String toString() {
        return "KeyStoreFile[" + path + alias.map(a -> ", alias=" + a).orElse("") + "]";
    }
}
