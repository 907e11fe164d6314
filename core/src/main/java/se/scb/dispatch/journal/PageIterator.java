package se.scb.dispatch.journal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/** Walks page after page, asking for the next only when the current one is used up. */
final class PageIterator<T> implements Iterator<T> {

    private final Function<Optional<String>, Page<T>> read;
    private Iterator<T> current;
    private Optional<String> next;

    PageIterator(Function<Optional<String>, Page<T>> read) {
        this.read = read;
        Page<T> first = read.apply(Optional.empty());
        this.current = first.items().iterator();
        this.next = first.next();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && next.isPresent()) {
            Page<T> page = read.apply(next);
            current = page.items().iterator();
            next = page.next();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
