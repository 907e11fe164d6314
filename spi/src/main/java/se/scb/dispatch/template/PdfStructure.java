package se.scb.dispatch.template;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light check that bytes are built like a PDF, so a template cannot carry a file that only
 * starts like one (a renamed text file, a download cut short) into a dispatch that would then fail
 * at the print house or the operator. Core has no PDF library, so this reads only the file's
 * skeleton, the parts every reader starts from:
 *
 * <ul>
 *   <li>{@code %%EOF} in the last 1 024 bytes (where readers look for it): a truncated file has none;
 *   <li>{@code startxref} before it, with a byte offset inside the file;
 *   <li>at that offset a cross-reference table ({@code xref}) followed by a {@code trailer}, or a
 *       cross-reference stream ({@code N G obj} with {@code /Type /XRef}), the form PDF 1.5 and later use;
 *   <li>a {@code /Root} (the document catalog) in that trailer or stream dictionary.
 * </ul>
 *
 * <p>It does not read objects, streams, fonts or the page tree, does not decompress anything, and
 * does not notice encryption: a file with a sound skeleton and broken insides passes here, and the
 * paper channel (which opens it with a real PDF library) refuses it when it is handed over; those
 * letters then fail with {@code PAPER_CHANNEL_FAILED} after the retries, they do not loop.
 * Messages never quote the file's bytes.
 */
final class PdfStructure {

    /** How far from the end readers look for {@code %%EOF} (PDF 32000-1, 7.5.5, as implemented by common readers). */
    static final int EOF_WINDOW = 1024;

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,10})\\s*$");
    private static final Pattern OBJECT_HEADER = Pattern.compile("\\G\\s*\\d+\\s+\\d+\\s+obj\\b");
    private static final Pattern XREF_TABLE = Pattern.compile("\\G\\s*xref\\b");
    private static final Pattern XREF_TYPE = Pattern.compile("/Type\\s*/XRef(?![A-Za-z0-9])");
    // A name ends at whitespace or a delimiter, so "/RootX" is not "/Root".
    private static final Pattern ROOT = Pattern.compile("/Root(?=[\\s/<>\\[\\]()%{}]|$)");

    private PdfStructure() {
    }

    /** What is wrong with the skeleton, in words fit for "… is not a usable PDF: ", or empty when it is sound. */
    static Optional<String> problem(byte[] content) {
        // ISO-8859-1 maps every byte to one char, so string offsets are byte offsets.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int eof = text.lastIndexOf("%%EOF");
        if (eof < 0 || eof < text.length() - EOF_WINDOW) {
            return Optional.of("it does not end with %%EOF (was it cut short while copied or downloaded?)");
        }
        int startxref = text.lastIndexOf("startxref", eof);
        Matcher pointer = startxref < 0 ? null : STARTXREF.matcher(text.substring(startxref, eof));
        if (pointer == null || !pointer.find()) {
            return Optional.of("it has no 'startxref' with a byte offset before its final %%EOF");
        }
        long offset = Long.parseLong(pointer.group(1));
        if (offset >= startxref) {
            return Optional.of("its 'startxref' points at byte " + offset + ", beyond its cross-reference section");
        }
        return crossReference(text, (int) offset, startxref);
    }

    /** The section {@code startxref} points at, up to the {@code startxref} itself. */
    private static Optional<String> crossReference(String text, int offset, int end) {
        String section = text.substring(offset, end);
        if (XREF_TABLE.matcher(section).lookingAt()) {
            int trailer = section.indexOf("trailer");
            if (trailer < 0) {
                return Optional.of("its cross-reference table has no trailer");
            }
            return hasRoot(section.substring(trailer)) ? Optional.empty()
                    : Optional.of("its trailer names no document catalog (/Root)");
        }
        if (OBJECT_HEADER.matcher(section).lookingAt()) {
            int stream = section.indexOf("stream");
            String dictionary = stream < 0 ? section : section.substring(0, stream);
            if (!XREF_TYPE.matcher(dictionary).find()) {
                return Optional.of("its 'startxref' points at byte " + offset + ", where there is an object but no cross-reference stream");
            }
            return hasRoot(dictionary) ? Optional.empty()
                    : Optional.of("its cross-reference stream names no document catalog (/Root)");
        }
        return Optional.of("its 'startxref' points at byte " + offset + ", where there is no cross-reference table or stream");
    }

    private static boolean hasRoot(String dictionary) {
        return ROOT.matcher(dictionary).find();
    }
}
