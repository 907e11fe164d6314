package se.scb.dispatch.paper;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Recognises a write that failed because the disk is full. Java has no type for it: the system's
 * text ("No space left on device", ENOSPC on Linux and macOS) arrives as the message of an
 * IOException, or as the reason of a FileSystemException that also names the file.
 */
final class DiskFull {

    private static final String ENOSPC = "No space left on device";

    private DiskFull() {
    }

    static boolean isCauseOf(Throwable failure) {
        return fullDiskFault(failure) != null;
    }

    /**
     * Where the space ran out: the output directory, or the folder of the file that could not be written
     * when that lies elsewhere (PDFBox keeps its scratch files in the system's temporary directory).
     */
    static Path where(Throwable failure, Path outputDirectory) {
        Path output = outputDirectory.toAbsolutePath();
        if (fullDiskFault(failure) instanceof FileSystemException fault && fault.getFile() != null) {
            Path file = Path.of(fault.getFile()).toAbsolutePath();
            if (!file.startsWith(output) && file.getParent() != null) {
                return file.getParent();
            }
        }
        return output;
    }

    private static Throwable fullDiskFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String text = cause instanceof FileSystemException fault ? fault.getReason() : cause.getMessage();
            if (text != null && text.contains(ENOSPC)) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
