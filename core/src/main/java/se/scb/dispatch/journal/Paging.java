package se.scb.dispatch.journal;

import java.util.EnumSet;
import java.util.Set;

/** What the page queries share. */
final class Paging {

    private Paging() {
    }

    static void checkLimit(int limit, int most) {
        if (limit < 1 || limit > most) {
            throw new IllegalArgumentException("A page holds 1 to " + most + " items; the limit was " + limit + ".");
        }
    }

    @SafeVarargs
    static <E extends Enum<E>> Set<E> setOf(E first, E... more) {
        return EnumSet.of(first, more);
    }
}
