package se.scb.dispatch.paper;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
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
 * into a hidden staging directory ({@code .<batchId>.partial-<random>}) beside it, forced to disk,
 * and the staging directory is then renamed to {@code <batchId>} in one atomic step. A crash leaves
 * at most a hidden staging directory, never a {@code <batchId>} directory with a file missing; each
 * attempt stages under a fresh name, so such a leftover does not stand in the way of the next one,
 * which deletes it once its batch is published. Closing without publishing deletes the staging
 * directory. An existing batch is never overwritten.
 */
final class BatchDirectory implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(BatchDirectory.class);

    /** Creates a staged file for writing; a seam so tests can fail as a full disk does. */
    interface FileCreator {
        /** Creates a new file and opens it for writing; never replaces one. */
        FileChannel create(Path file) throws IOException;

        FileCreator NEW_FILE = file -> FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Writes a file's content; must leave the stream open. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path outputDirectory;
    private final String batchId;
    private final Path target;
    private final Path staging;
    private final FileCreator creator;
    private final BatchPermissions permissions;
    private final Map<String, String> files = new LinkedHashMap<>();
    private boolean published;

    private BatchDirectory(Path outputDirectory, String batchId, FileCreator creator, BatchPermissions permissions) throws IOException {
        this.outputDirectory = outputDirectory;
        this.creator = creator;
        this.batchId = batchId;
        this.permissions = permissions;
        this.target = outputDirectory.resolve(batchId);
        this.staging = Files.createTempDirectory(outputDirectory, stagingPrefix(batchId));
    }

    /**
     * Starts the batch {@code batchId} in {@code outputDirectory}; it gets {@code permissions} when published.
     *
     * @throws ProviderException when the output directory is missing
     */
    static BatchDirectory stage(Path outputDirectory, String batchId, FileCreator creator, BatchPermissions permissions) throws IOException {
        if (!Files.isDirectory(outputDirectory)) {
            throw new ProviderException("The print batch directory " + outputDirectory.toAbsolutePath()
                    + " does not exist or is not a directory; create it or correct the output directory.");
        }
        return new BatchDirectory(outputDirectory, batchId, creator, permissions);
    }

    /** Writes a file of the batch and records its SHA-256. */
    void write(String fileName, Content content) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (FileChannel channel = creator.create(staging.resolve(fileName))) {
            OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)), digest);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
        files.put(fileName, Sha256.hex(digest));
    }

    /**
     * Makes the batch visible under its id, unless something took the id meanwhile (e.g. another
     * writer handed the same batch); then the staged files are deleted on {@link #close()}.
     *
     * @return whether the batch was published
     */
    boolean publish() throws IOException {
        // Checked first because a rename may replace an empty directory, or on some systems a file.
        if (Files.exists(target)) {
            return false;
        }
        // Set while still hidden, so the batch is never seen with the staging directory's owner-only mode.
        permissions.applyTo(staging);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another writer won the race for the id; the rename fails rather than replace its files.
            if (Files.exists(target)) {
                return false;
            }
            throw e;
        }
        published = true;
        deleteLeftovers();
        return true;
    }

    /** The files written, by name, with their SHA-256 (hex). */
    Map<String, String> files() {
        return Map.copyOf(files);
    }

    /** Deletes the staging directory unless the batch was published. */
    @Override
    public void close() {
        if (!published) {
            deleteTree(staging);
        }
    }

    private static String stagingPrefix(String batchId) {
        return "." + batchId + ".partial-";
    }

    /** Deletes what earlier attempts at this batch left when they crashed: the batch is published now, so it is of no use. */
    private void deleteLeftovers() {
        String prefix = stagingPrefix(batchId);
        // The random part of a staging name holds no dot, so another batch's staging (".<id>.partial-x.partial-1") never matches.
        DirectoryStream.Filter<Path> leftover = path -> path.getFileName().toString().startsWith(prefix)
                && path.getFileName().toString().indexOf('.', prefix.length()) < 0;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(outputDirectory, leftover)) {
            leftovers.forEach(BatchDirectory::deleteTree);
        } catch (IOException e) {
            LOG.warn("Could not look for unfinished attempts at print batch {}: {}", target, e.getMessage());
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished print batch {}: {}", root, e.getMessage());
        }
    }
}
