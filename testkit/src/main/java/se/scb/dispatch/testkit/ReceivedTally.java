package se.scb.dispatch.testkit;

import java.util.Arrays;

/**
 * The counts of a received-letters file in little memory, for files of millions of lines: each line is
 * kept as two 64-bit fingerprints (of the message id and of the recipient digest) in plain arrays,
 * 16 bytes a line, and the counting is done by sorting. Two different message ids or recipients share a
 * fingerprint with a chance of about one in 10^7 for a million lines.
 */
final class ReceivedTally {

    /** Lines are numbered in the low bits of a sort key; the high bits hold the recipient's fingerprint. */
    private static final int LINE_BITS = 24;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    private long[] letters = new long[1_024];
    private long[] recipients = new long[1_024];
    private int lines;

    void add(String messageId, String recipientDigest) {
        if (lines == LINE_MASK) {
            throw new IllegalStateException("A received-letters file of more than " + LINE_MASK + " lines is more than this fake counts.");
        }
        if (lines == letters.length) {
            letters = Arrays.copyOf(letters, lines * 2);
            recipients = Arrays.copyOf(recipients, lines * 2);
        }
        letters[lines] = Fingerprints.of(messageId);
        recipients[lines] = Fingerprints.of(recipientDigest);
        lines++;
    }

    ReceivedLettersFile.Summary summary() {
        long distinct = distinct(Arrays.copyOf(letters, lines));
        return new ReceivedLettersFile.Summary(distinct, lines - distinct, recipientsWithSeveralLetters());
    }

    /** Recipients with more than one distinct message id: lines sorted by recipient, then each recipient's lines looked at together. */
    private long recipientsWithSeveralLetters() {
        long[] byRecipient = new long[lines];
        for (int line = 0; line < lines; line++) {
            byRecipient[line] = (recipients[line] & ~LINE_MASK) | line;
        }
        Arrays.sort(byRecipient);
        long several = 0;
        int start = 0;
        while (start < lines) {
            int end = start + 1;
            while (end < lines && (byRecipient[end] & ~LINE_MASK) == (byRecipient[start] & ~LINE_MASK)) {
                end++;
            }
            several += severalInGroup(byRecipient, start, end);
            start = end;
        }
        return several;
    }

    /** Lines whose recipients agree in the high bits: usually one recipient, compared in full to be sure. */
    private long severalInGroup(long[] byRecipient, int start, int end) {
        if (end - start == 1) {
            return 0;
        }
        long[][] group = new long[end - start][];
        for (int i = start; i < end; i++) {
            int line = (int) (byRecipient[i] & LINE_MASK);
            group[i - start] = new long[] {recipients[line], letters[line]};
        }
        Arrays.sort(group, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        long several = 0;
        int from = 0;
        while (from < group.length) {
            int to = from + 1;
            boolean anotherLetter = false;
            while (to < group.length && group[to][0] == group[from][0]) {
                anotherLetter |= group[to][1] != group[from][1];
                to++;
            }
            several += anotherLetter ? 1 : 0;
            from = to;
        }
        return several;
    }

    private static long distinct(long[] values) {
        Arrays.sort(values);
        long distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

}
