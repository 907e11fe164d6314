package se.scb.dispatch.population;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Opens the bytes of a source as text. Exports from Swedish systems come as UTF-8 (with or without a
 * byte order mark) or as Windows-1252; nothing in the file says which, so the bytes decide: a file
 * that is valid UTF-8 from its first byte to its last is UTF-8, anything else is Windows-1252.
 *
 * <p>Deciding needs every byte (an "ö" on row 900 000 is as telling as one on row 1), so opening
 * makes one streaming validation pass before the reading pass. That costs a second read of the
 * file but never holds more than a buffer in memory, and unlike probing the first kilobytes it is
 * never wrong. A leading UTF-8 byte order mark is skipped in either case.
 */
final class TextInput {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int BUFFER_SIZE = 64 * 1024;

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
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(bytes.open(), strictUtf8)) {
            char[] discard = new char[BUFFER_SIZE];
            while (reader.read(discard) != -1) {
                // Only whether decoding fails matters.
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        } catch (IOException e) {
            throw PopulationException.cannotRead(bytes.description(), e);
        }
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
