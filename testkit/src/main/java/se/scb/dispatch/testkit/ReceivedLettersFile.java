package se.scb.dispatch.testkit;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import se.scb.dispatch.spi.Letter;

/**
 * What a fake operator received, kept in a file so that it outlives the process: a restarted
 * process, or a second one sharing the work, can tell a letter received again under the same
 * message id (a harmless repeat) from a recipient who got two different letters (a duplicate).
 *
 * <p>One line per delivery: the message id and a keyed digest of the recipient (see
 * {@link RecipientDigestKey}; the key is in {@code <file>.key}), never the identity number itself.
 * Appends take an exclusive file lock, so several processes on one machine may share a file.
 * {@link #forget} removes a dispatch's lines when its personal data is purged.
 */
public final class ReceivedLettersFile {

    private final Path file;
    private final RecipientDigestKey key;

    public ReceivedLettersFile(Path file) {
        this.file = file;
        this.key = new RecipientDigestKey(file.resolveSibling(file.getFileName() + ".key"));
    }

    public Path file() {
        return file;
    }

    /** Appends one delivery. */
    public void append(Letter letter) {
        byte[] line = (letter.messageId() + ";" + key.digest(letter.recipient().canonical()) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                FileLock lock = channel.lock()) {
            // No force(): a line written is in the operating system's hands and outlives the process,
            // even one killed with SIGKILL, which is what this file is for; a power cut is not.
            channel.write(ByteBuffer.wrap(line));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record a received letter in " + file, e);
        }
    }

    /** The message ids received so far, for a fake starting up again. */
    public Set<String> messageIds() {
        Set<String> ids = new HashSet<>();
        lines().forEach(line -> ids.add(line.split(";", 2)[0]));
        return ids;
    }

    /** Counts over everything received so far, read line by line in little memory (see {@link ReceivedTally}). */
    public Summary summary() {
        return summary(messageId -> true);
    }

    /** Counts over the received letters whose message ids pass the filter, e.g. one dispatch's. */
    public Summary summary(Predicate<String> messageIds) {
        ReceivedTally tally = new ReceivedTally();
        if (!Files.exists(file)) {
            return tally.summary();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String line;
            while ((line = in.readLine()) != null) {
                int separator = line.indexOf(';');
                // A line cut short by a crash mid-write carries nothing to count.
                if (separator > 0 && separator < line.length() - 1 && messageIds.test(line.substring(0, separator))) {
                    tally.add(line.substring(0, separator), line.substring(separator + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the received letters in " + file, e);
        }
        return tally.summary();
    }

    /**
     * Removes the lines of the message ids that pass the filter (a purged dispatch's), keeping the rest,
     * under the file's lock. When no line is left the key goes too, so nothing of what was digested
     * with it can be matched again. Rewrites through a file beside it, so a million lines need no heap.
     *
     * @return the lines removed
     */
    public long forget(Predicate<String> messageIds) {
        if (!Files.exists(file)) {
            return 0;
        }
        Path kept = file.resolveSibling(file.getFileName() + ".kept");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            long removed = 0;
            long keptLines = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                    BufferedWriter out = Files.newBufferedWriter(kept, StandardCharsets.US_ASCII)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (messageIds.test(line.split(";", 2)[0])) {
                        removed++;
                    } else {
                        out.write(line);
                        out.write('\n');
                        keptLines++;
                    }
                }
            }
            channel.truncate(0);
            try (FileChannel from = FileChannel.open(kept, StandardOpenOption.READ)) {
                channel.transferFrom(from, 0, from.size());
            }
            if (keptLines == 0) {
                key.delete();
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove letters from " + file, e);
        } finally {
            deleteQuietly(kept);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover copy holds no more than the file itself; the next forget replaces it.
        }
    }

    private List<String> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the received letters in " + file, e);
        }
    }

    /**
     * @param letters    distinct message ids received
     * @param repeats    deliveries of a message id already received (the operator drops them)
     * @param duplicates recipients who received more than one message id (must be 0)
     */
    public record Summary(long letters, long repeats, long duplicates) {
    }
}
