package se.scb.dispatch.population;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The lines of a file as written, each with its number, and lines given back to be read again.
 *
 * <p>Giving lines back is how a record that swallowed the lines after it (a stray quote) is undone:
 * its lines are read afresh, one by one, so that no line's data is lost or merged into another's.
 * Only the lines of one record are ever given back, and a record is bounded in length, so this
 * never holds more than that bound in memory.
 */
final class PhysicalLines {

    /**
     * One line of the file without its line break.
     *
     * @param number    the line of the file, 1 for the first (the header and blank lines count)
     * @param text      its characters, at most {@code maxLength} of them
     * @param oversized whether the line was longer and the rest was dropped
     */
    record Line(long number, String text, boolean oversized) {

        @Override
        public String toString() {
            // The text is personal data.
            return "Line[" + number + (oversized ? ", oversized" : "") + "]";
        }
    }

    private final CharInput input;
    private final int maxLength;
    private final Deque<Line> givenBack = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();

    PhysicalLines(CharInput input, int maxLength) {
        this.input = input;
        this.maxLength = maxLength;
    }

    /** The next line, a given-back one first, or {@code null} at the end of the input. */
    Line next() throws IOException {
        if (!givenBack.isEmpty()) {
            return givenBack.pollFirst();
        }
        int c = input.read();
        if (c == CharInput.END) {
            return null;
        }
        long number = input.line();
        text.setLength(0);
        boolean oversized = false;
        while (c != CharInput.END && c != '\n') {
            if (text.length() < maxLength) {
                text.append((char) c);
            } else {
                oversized = true;
            }
            c = input.read();
        }
        return new Line(number, text.toString(), oversized);
    }

    /** Makes {@code lines} the next ones {@link #next} returns, in their order. */
    void giveBack(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            givenBack.addFirst(lines.get(i));
        }
    }
}
