package se.scb.dispatch.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an attachment from disk without trusting the path: only a regular file is opened (a FIFO
 * would block the open for ever, a device such as {@code /dev/zero} never ends), its size is checked
 * before a byte is read, and the read stops at the cap even if the file grows meanwhile. Paths from a
 * template file are confined to the template's folder, symbolic links included, so a template cannot
 * make the program read (and send to thousands) any file its user can read. Messages name the path,
 * never the contents.
 */
final class AttachmentFile {

    /**
     * The largest attachment file read, in bytes: 1 500 000, which is 2 000 000 bytes as base64, the
     * most any operator takes for a whole message (Mina meddelanden; Kivra takes less). A larger file
     * could never go to a digital mailbox, and the cap keeps a wrong path from filling the heap.
     */
    static final long MAX_BYTES = 1_500_000;

    private AttachmentFile() {
    }

    /** Reads the attachment at {@code written}, a path relative to {@code folder}, which it must not leave. */
    static Attachment readWithin(Path folder, String written) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(written).normalize();
        if (!file.startsWith(base)) {
            throw new TemplateException("Attachment '" + written + "' is outside the template's folder " + base
                    + "; copy the PDF into that folder (or one below it) and give its path relative to the template.");
        }
        Path real = realPath(file);
        Path realBase = realPath(base);
        if (!real.startsWith(realBase)) {
            throw new TemplateException("Attachment '" + written + "' is a symbolic link that leads outside the template's folder " + base
                    + "; copy the PDF itself into that folder.");
        }
        return read(real, String.valueOf(file.getFileName()), file);
    }

    /** Reads the attachment at {@code file}, which may be anywhere; it takes the file's name. */
    static Attachment read(Path file) {
        return read(file, String.valueOf(file.getFileName()), file);
    }

    /** {@code shown} is the path as the user gave it, for messages; {@code file} is the one opened. */
    private static Attachment read(Path file, String fileName, Path shown) {
        BasicFileAttributes attributes = attributes(file, shown);
        if (!attributes.isRegularFile()) {
            throw new TemplateException("Attachment '" + fileName + "' at " + shown.toAbsolutePath() + " is "
                    + (attributes.isDirectory() ? "a directory" : "not a regular file (a device, pipe or socket)")
                    + "; name a PDF file.");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(fileName, shown, attributes.size());
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw unreadable(fileName, shown, e);
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName, shown, content.length);
        }
        return new Attachment(fileName, content);
    }

    private static BasicFileAttributes attributes(Path file, Path shown) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw notFound(shown, e);
        } catch (IOException e) {
            throw unreadable(String.valueOf(shown.getFileName()), shown, e);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            throw notFound(path, e);
        } catch (IOException e) {
            throw unreadable(String.valueOf(path.getFileName()), path, e);
        }
    }

    private static TemplateException notFound(Path file, IOException cause) {
        return new TemplateException("Attachment '" + file.getFileName() + "' was not found at " + file.toAbsolutePath() + ".", cause);
    }

    private static TemplateException unreadable(String fileName, Path file, IOException cause) {
        return new TemplateException("Attachment '" + fileName + "' could not be read from " + file.toAbsolutePath() + ": "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage())
                + "; check that it exists and may be read.", cause);
    }

    private static TemplateException tooLarge(String fileName, Path file, long size) {
        return new TemplateException("Attachment '" + fileName + "' at " + file.toAbsolutePath() + " is " + size + " bytes, more than the "
                + MAX_BYTES + " an attachment may have (2 000 000 bytes as base64, the most an operator takes);"
                + " make the PDF smaller, e.g. with lower image resolution.");
    }
}
