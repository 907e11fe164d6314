package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;

/**
 * Says in a few words why a file or folder could not be made or written, for a one-line error: the
 * JDK's exceptions name their class and the path (already in our sentence), not what to fix.
 */
final class FileProblem {

    private static final String NO_SPACE = "No space left on device";

    private FileProblem() {
    }

    static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file of that name is in the way";
        }
        String reason = e instanceof FileSystemException fault && fault.getReason() != null ? fault.getReason() : e.getMessage();
        if (reason == null) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
        }
        if (reason.contains(NO_SPACE)) {
            return "no space left on the disk";
        }
        if (reason.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        return reason;
    }

    /** Whether the failure, or a cause of it, is a full disk. */
    static boolean isDiskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(NO_SPACE)) {
                return true;
            }
        }
        return false;
    }
}
