package se.scb.dispatch.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import se.scb.dispatch.population.ShownText;

/**
 * Everything the program prints goes through this: a control character (an escape sequence that
 * would move the cursor or retitle the window, a NUL, a bell) or a bidirectional override from a
 * column name, a value or a message is printed as {@code \}{@code uXXXX} instead of acting on the
 * terminal. Line breaks, tabs and the progress bar's carriage return pass. In JSON output the
 * escaped form is the same character, so the JSON stays valid and means the same.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (ShownText.needsEscape((char) c)) {
            out.write(ShownText.escape((char) c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        int clean = offset;
        for (int i = offset; i < offset + length; i++) {
            if (ShownText.needsEscape(text[i])) {
                out.write(text, clean, i - clean);
                out.write(ShownText.escape(text[i]));
                clean = i + 1;
            }
        }
        out.write(text, clean, offset + length - clean);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
