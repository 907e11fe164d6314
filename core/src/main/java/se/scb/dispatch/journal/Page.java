package se.scb.dispatch.journal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of a longer list.
 *
 * @param items what this page holds, in order
 * @param next  the cursor for the page after this one; empty when this is the last
 */
public record Page<T>(List<T> items, Optional<String> next) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    public boolean isLast() {
        return next.isEmpty();
    }
}
