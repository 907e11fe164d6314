package se.scb.dispatch.population;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Opens the bytes of a source as text. Exports from Swedish systems come as UTF-8 (with or without a
 * byte order mark), as Windows-1252, or from a spreadsheet's "Unicode text" as UTF-16; nothing in the
 * file need say which, so the bytes decide:
 * <ul>
 * <li>a UTF-16 byte order mark, or NUL bytes in every other place of the first kilobytes, is UTF-16;
 * <li>a file whose bytes are UTF-8 is UTF-8, and so is one with more well-formed multi-byte sequences
 *     than broken ones: a damaged byte or two in an otherwise UTF-8 file must not turn every "Å" of it
 *     into "Ã…". The broken bytes read as U+FFFD, and the rows that hold one are reported as malformed;
 * <li>anything else is Windows-1252.
 * </ul>
 *
 * <p>Deciding needs every byte (an "ö" on row 900 000 is as telling as one on row 1), so opening
 * makes one streaming pass before the reading pass. That costs a second read of the file but never
 * holds more than a buffer in memory, and unlike probing the first kilobytes it is never wrong. A
 * leading UTF-8 byte order mark is skipped in either case.
 */
final class TextInput {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BUFFER_SIZE = 64 * 1024;
    /** Bytes looked at for the NULs of UTF-16 without a byte order mark. */
    private static final int UTF16_SAMPLE = 4096;

    /** What a decoder puts for bytes it cannot decode (and what a file that was damaged before us may hold already). */
    static final char UNDECODABLE = '\uFFFD';

    private TextInput() {
    }

    /** A reader over the whole source in its detected encoding, positioned after any byte order mark. */
    static Reader open(ByteSource bytes) {
        Charset charset = detectCharset(bytes);
        InputStream stream = null;
        try {
            stream = new BufferedInputStream(bytes.open(), BUFFER_SIZE);
            skipByteOrderMark(stream);
            return new InputStreamReader(stream, charset);
        } catch (IOException e) {
            closeQuietly(stream);
            throw PopulationException.cannotRead(bytes.description(), e);
        }
    }

    static Charset detectCharset(ByteSource bytes) {
        Utf8Census census = new Utf8Census();
        try (InputStream in = bytes.open()) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int length = in.readNBytes(buffer, 0, buffer.length);
            Charset utf16 = utf16(buffer, length);
            if (utf16 != null) {
                return utf16;
            }
            while (length > 0) {
                census.add(buffer, length);
                length = in.read(buffer);
            }
            census.finish();
        } catch (IOException e) {
            throw PopulationException.cannotRead(bytes.description(), e);
        }
        return census.invalidSequences() == 0 || census.multiByteSequences() > census.invalidSequences()
                ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /**
     * UTF-16 by its byte order mark (the decoder reads it), or by NUL bytes: text of Latin letters in
     * UTF-16 has a NUL as every other byte, which no CSV in an 8-bit encoding has. Null for anything else.
     */
    private static Charset utf16(byte[] start, int length) {
        if (length >= 2 && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE) || (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF))) {
            return StandardCharsets.UTF_16;
        }
        int sample = Math.min(length, UTF16_SAMPLE) & ~1;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < sample; i += 2) {
            evenNuls += start[i] == 0 ? 1 : 0;
            oddNuls += start[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (pairs > 0 && oddNuls * 2 > pairs && evenNuls * 8 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs > 0 && evenNuls * 2 > pairs && oddNuls * 8 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The malformed-row message for a row that holds {@link #UNDECODABLE}. */
    static String undecodableBytesOn(String where) {
        return where + " of the file holds bytes that are not text in the file's encoding (UTF-8 by the rest of it),"
                + " or a character that replaced such bytes earlier; correct the line and read the file again";
    }

    private static void skipByteOrderMark(InputStream stream) throws IOException {
        stream.mark(BYTE_ORDER_MARK.length);
        byte[] start = stream.readNBytes(BYTE_ORDER_MARK.length);
        if (!Arrays.equals(start, BYTE_ORDER_MARK)) {
            stream.reset();
        }
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // The open failure is the one worth reporting.
            }
        }
    }
}
