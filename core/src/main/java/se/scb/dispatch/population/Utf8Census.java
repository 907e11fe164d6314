package se.scb.dispatch.population;

/**
 * Counts, over bytes fed in any chunks, the well-formed UTF-8 sequences of more than one byte and the
 * bytes that are not UTF-8 at all (a stray lead byte, a missing continuation, an overlong form or a
 * surrogate). Text that is UTF-8 but for a damaged byte or two has many of the first and few of the
 * second; Windows-1252 text with Swedish letters has almost none of the first, because its Å, Ä and Ö
 * are single bytes that UTF-8 never allows alone.
 */
final class Utf8Census {

    private long multiByteSequences;
    private long invalidSequences;
    /** Continuation bytes still expected by the sequence being read; 0 between sequences. */
    private int expected;
    /** The range the next continuation byte must be in: narrower after E0, ED, F0 and F4, which rules out overlong forms and surrogates. */
    private int lowest = 0x80;
    private int highest = 0xBF;

    void add(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (expected > 0) {
                if (b >= lowest && b <= highest) {
                    lowest = 0x80;
                    highest = 0xBF;
                    if (--expected == 0) {
                        multiByteSequences++;
                    }
                    continue;
                }
                // The sequence broke off; the byte that broke it starts afresh.
                invalidSequences++;
                expected = 0;
            }
            startSequence(b);
        }
    }

    /** Ends the input: a sequence cut off by the end of the file is invalid. */
    void finish() {
        if (expected > 0) {
            invalidSequences++;
            expected = 0;
        }
    }

    long multiByteSequences() {
        return multiByteSequences;
    }

    long invalidSequences() {
        return invalidSequences;
    }

    private void startSequence(int b) {
        lowest = 0x80;
        highest = 0xBF;
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            expected = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            expected = 2;
            lowest = b == 0xE0 ? 0xA0 : 0x80;
            highest = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            expected = 3;
            lowest = b == 0xF0 ? 0x90 : 0x80;
            highest = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            invalidSequences++;
        }
    }
}
