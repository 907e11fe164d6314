package se.scb.dispatch.paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may read a published batch: its directory gets the configured mode and its files the same
 * without execute. Without this a batch kept the owner-only mode of the temporary directory it was
 * staged in, and a print house collecting as another user could not read it.
 */
final class BatchPermissions {

    /** Owner and group (the print house's collecting account, say) but nobody else: the letters hold addresses. */
    static final String DEFAULT_MODE = "rwxr-x---";

    private final Set<PosixFilePermission> directory;
    private final Set<PosixFilePermission> file;

    BatchPermissions(Set<PosixFilePermission> directory) {
        this.directory = Set.copyOf(directory);
        Set<PosixFilePermission> withoutExecute = EnumSet.noneOf(PosixFilePermission.class);
        withoutExecute.addAll(directory);
        withoutExecute.removeAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
        this.file = Set.copyOf(withoutExecute);
    }

    static BatchPermissions defaults() {
        return new BatchPermissions(PosixFilePermissions.fromString(DEFAULT_MODE));
    }

    /** Sets the permissions of {@code batch} and the files in it; on a file system without POSIX permissions (Windows) nothing. */
    void applyTo(Path batch) throws IOException {
        if (!Files.getFileStore(batch).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        try (Stream<Path> files = Files.list(batch)) {
            for (Path each : (Iterable<Path>) files::iterator) {
                Files.setPosixFilePermissions(each, file);
            }
        }
        Files.setPosixFilePermissions(batch, directory);
    }

    @Override
    public String toString() {
        return PosixFilePermissions.toString(directory);
    }
}
