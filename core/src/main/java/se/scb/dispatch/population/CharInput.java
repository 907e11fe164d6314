package se.scb.dispatch.population;

import java.io.IOException;
import java.io.Reader;

/**
 * Characters from a reader one at a time, with every line break ({@code \r\n}, {@code \n} or a lone
 * {@code \r}) turned into one {@code '\n'} and the physical line counted, so messages can point into
 * the file even when a field spans lines.
 *
 * <p>It buffers itself instead of calling {@code BufferedReader.read()} per character, because that
 * method takes a lock on every call and a large file has hundreds of millions of characters.
 */
final class CharInput {

    static final int END = -1;

    private final Reader reader;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private long line = 1;
    private boolean lineBreakPending;

    CharInput(Reader reader) {
        this.reader = reader;
    }

    /** The next character, {@code '\n'} for any line break, or {@link #END}. */
    int read() throws IOException {
        int c = readRaw();
        if (c == '\r') {
            if (peekRaw() == '\n') {
                readRaw();
            }
            c = '\n';
        }
        if (lineBreakPending && c != END) {
            line++;
        }
        lineBreakPending = c == '\n';
        return c;
    }

    /** The line of the file (1 for the first) that the character last read is on. */
    long line() {
        return line;
    }

    private int readRaw() throws IOException {
        return fillIfEmpty() ? buffer[position++] : END;
    }

    private int peekRaw() throws IOException {
        return fillIfEmpty() ? buffer[position] : END;
    }

    private boolean fillIfEmpty() throws IOException {
        while (position == limit) {
            int count = reader.read(buffer, 0, buffer.length);
            if (count == -1) {
                return false;
            }
            position = 0;
            limit = count;
        }
        return true;
    }
}
