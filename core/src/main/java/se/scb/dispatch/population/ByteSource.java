package se.scb.dispatch.population;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import se.scb.dispatch.id.IdentityNumbers;

/** Where a file-like source gets its bytes; opened afresh for every read of them. */
interface ByteSource {

    /** A new stream from the first byte. */
    InputStream open() throws IOException;

    /** Names the bytes in messages: a path, or what the caller called the stream. */
    String description();

    static ByteSource file(Path file) {
        Objects.requireNonNull(file, "file");
        return new ByteSource() {
            @Override
            public InputStream open() throws IOException {
                if (Files.isDirectory(file)) {
                    throw new IOException("it is a directory, not a file");
                }
                return Files.newInputStream(file);
            }

            @Override
            public String description() {
                // A file may be named after a person (urval-19121212-1212.csv); messages and names made from it must not say so.
                return IdentityNumbers.mask(file.toString());
            }
        };
    }

    static ByteSource supplied(String description, Supplier<? extends InputStream> streams) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(streams, "streams");
        return new ByteSource() {
            @Override
            public InputStream open() throws IOException {
                try {
                    InputStream stream = streams.get();
                    if (stream == null) {
                        throw new IOException("the stream supplier returned null");
                    }
                    return stream;
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
