package se.scb.dispatch.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.ProcessEventBatch;

/**
 * The fake operator's event feed, as a real one works: an event is published once it has happened, in the
 * order events happen, and read a page at a time after a cursor (the feed's id and a position in it). Not thread-safe:
 * the fake's lock guards it.
 */
final class FakeProcessFeed {

    static final int PAGE = 500;

    private static final Comparator<ProcessEvent> HAPPENED = Comparator.comparing(ProcessEvent::at).thenComparing(ProcessEvent::eventId);

    private final PriorityQueue<ProcessEvent> yetToHappen = new PriorityQueue<>(HAPPENED);
    private final List<ProcessEvent> published = new ArrayList<>();
    /** Names this feed in its cursors: a fake lives as long as its process, and a cursor of another fake's feed means nothing here. */
    private final String feedId = UUID.randomUUID().toString();
    private long issued;

    /** The operator's own id for its next event. */
    String nextEventId() {
        return String.format("fake-%09d", ++issued);
    }

    /** An event that will be published when its time has come. */
    void happensAt(ProcessEvent event) {
        yetToHappen.add(event);
    }

    /** An event published now, whatever its time (a late or repeated event, as real feeds have them). */
    void publish(ProcessEvent event) {
        published.add(event);
    }

    /** Publishes the events that have happened by {@code now}, earliest first. */
    void publishUntil(Instant now) {
        while (!yetToHappen.isEmpty() && !yetToHappen.peek().at().isAfter(now)) {
            published.add(yetToHappen.poll());
        }
    }

    /**
     * The page after the cursor; a cursor of another feed (a fake of an earlier process) reads from the start,
     * as a real feed does with a continuation token that expired.
     */
    ProcessEventBatch page(Optional<String> cursor) {
        int from = cursor.filter(given -> given.startsWith(feedId + ":")).map(given -> position(given.substring(feedId.length() + 1))).orElse(0);
        if (from > published.size()) {
            throw new IllegalArgumentException("The fake operator's feed has no position " + from + "; it holds " + published.size() + " events.");
        }
        int to = Math.min(published.size(), from + PAGE);
        return new ProcessEventBatch(published.subList(from, to), Optional.of(feedId + ":" + to), to < published.size());
    }

    List<ProcessEvent> published() {
        return List.copyOf(published);
    }

    private static int position(String cursor) {
        try {
            return Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The fake operator's cursor is a position in its feed, not '" + cursor + "'.", e);
        }
    }
}
