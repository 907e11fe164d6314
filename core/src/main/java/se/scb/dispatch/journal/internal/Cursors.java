package se.scb.dispatch.journal.internal;

import java.util.List;
import java.util.Optional;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.Page;

/**
 * The cursors of the journal's pages, the same in every journal. A letter page's cursor is the last
 * row number it held. The log has two parts, the plan (one or two lines per letter, in row order) and
 * the lines written when sending (by their position in the log): {@code p<row>} is after that row's
 * plan lines, {@code e<position>} after that log line.
 */
public final class Cursors {

    private Cursors() {
    }

    /** Where a log page starts: in the plan after a row, or in the sending lines after a position. */
    public record LogPosition(boolean inPlan, long after) {

        public static final LogPosition START = new LogPosition(true, Long.MIN_VALUE);

        public String cursor() {
            return (inPlan ? "p" : "e") + after;
        }
    }

    /**
     * A page of letters from what was read for it: the letters the query matched, in row order, up to one
     * more than the page holds; that one more says there is a next page, after the page's last row.
     */
    public static Page<JournalEntry> letterPage(List<JournalEntry> upToOneMore, int limit) {
        if (upToOneMore.size() <= limit) {
            return new Page<>(upToOneMore, Optional.empty());
        }
        List<JournalEntry> items = upToOneMore.subList(0, limit);
        return new Page<>(items, Optional.of(Long.toString(items.get(items.size() - 1).row().number())));
    }

    /** The row a letter page starts after; before every row when there is no cursor. */
    public static long rowAfter(Optional<String> cursor) {
        return cursor.map(text -> number(text, text)).orElse(Long.MIN_VALUE);
    }

    public static LogPosition logPosition(Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return LogPosition.START;
        }
        String text = cursor.get();
        if (text.length() < 2 || (text.charAt(0) != 'p' && text.charAt(0) != 'e')) {
            throw notACursor(text);
        }
        return new LogPosition(text.charAt(0) == 'p', number(text.substring(1), text));
    }

    private static long number(String digits, String cursor) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw notACursor(cursor);
        }
    }

    private static IllegalArgumentException notACursor(String cursor) {
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
        return new IllegalArgumentException("'" + shown + "' is not a cursor of this list; pass the next() of the page before.");
    }
}
