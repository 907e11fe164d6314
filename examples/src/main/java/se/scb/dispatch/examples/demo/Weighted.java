package se.scb.dispatch.examples.demo;

import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

/** Picks from a list with integer weights. */
final class Weighted {

    private Weighted() {
    }

    static <T> T pick(Random random, List<T> items, ToIntFunction<T> weight) {
        int total = items.stream().mapToInt(weight).sum();
        int ticket = random.nextInt(total);
        for (T item : items) {
            ticket -= weight.applyAsInt(item);
            if (ticket < 0) {
                return item;
            }
        }
        throw new AssertionError("a ticket below the total weight always finds an item");
    }
}
