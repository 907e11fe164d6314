package se.scb.dispatch.paper;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.spi.ProviderException;

/**
 * The directory of one print batch, written so that it is never seen half done. Files are written
 * into a hidden staging directory ({@code .<batchId>.partial-...}) beside it, forced to disk, and
 * the staging directory is then renamed to {@code <batchId>} in one atomic step. A crash leaves at
 * most a hidden staging directory, never a {@code <batchId>} directory with a file missing; closing
 * without publishing deletes the staging directory. An existing batch is never overwritten.
 */
final class BatchDirectory implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDirectory.class);

    /** Writes a file's content; must leave the stream open. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path staging;
    private final Map<String, String> files = new LinkedHashMap<>();
    private boolean published;

    private BatchDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Starts the batch {@code batchId} in {@code outputDirectory}.
     *
     * @throws ProviderException when the output directory is missing or the batch exists already
     */
    static BatchDirectory stage(Path outputDirectory, String batchId) throws IOException {
        if (!Files.isDirectory(outputDirectory)) {
            throw new ProviderException("The print batch directory " + outputDirectory.toAbsolutePath()
                    + " does not exist or is not a directory; create it or correct the output directory.");
        }
        Path target = outputDirectory.resolve(batchId);
        refuseExisting(target);
        return new BatchDirectory(target, Files.createTempDirectory(outputDirectory, "." + batchId + ".partial-"));
    }

    /** Writes a file of the batch and records its SHA-256. */
    void write(String fileName, Content content) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (FileChannel channel = FileChannel.open(staging.resolve(fileName), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)), digest);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
        files.put(fileName, Sha256.hex(digest));
    }

    /**
     * Makes the batch visible under its id.
     *
     * @return the files written, by name, with their SHA-256 (hex)
     * @throws ProviderException when a batch with the id appeared meanwhile
     */
    Map<String, String> publish() throws IOException {
        refuseExisting(target);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another writer won the race for the id; the rename fails rather than replace its files.
            refuseExisting(target);
            throw e;
        }
        published = true;
        return Map.copyOf(files);
    }

    /** Deletes the staging directory unless the batch was published. */
    @Override
    public void close() {
        if (published) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished print batch {}: {}", staging, e.getMessage());
        }
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target)) {
            throw alreadyExists(target);
        }
    }

    private static ProviderException alreadyExists(Path target) {
        return new ProviderException("The print batch " + target.toAbsolutePath()
                + " already exists; a batch is never overwritten. Give the new batch another id.");
    }
}
