package se.scb.dispatch.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;

/**
 * Made-up answers to the demo's survey, as the product system would report them: about four in ten who got the
 * letter in their mailbox answer and three in ten of those who got paper, a few more with the short letter, most
 * within two days and some after a week; a few more log in without answering. Each case's answer follows from the
 * seed and its case id, so recording them again changes nothing. Figures for the demo only, not from any survey.
 */
public final class DemoResponses {

    private static final double DIGITAL = 0.42;
    private static final double PAPER = 0.30;
    private static final double SHORT_LETTER_LIFT = 0.06;
    private static final double LOGGED_IN_ONLY = 0.08;
    private static final double MEDIAN_HOURS = 30;
    /** A paper letter is in the post a couple of days before it can be answered. */
    private static final Duration POST = Duration.ofDays(2);
    private static final int EVENTS_AT_A_TIME = 1_000;

    private DemoResponses() {
    }

    /** Records the made-up answers to the dispatch's letters; returns how many cases answered. */
    public static long record(Dispatcher dispatcher, String dispatchId, long seed) {
        long answered = 0;
        List<CaseEvent> batch = new ArrayList<>();
        try (Stream<JournalEntry> letters = dispatcher.dispatchLog().allLetters(dispatchId,
                LetterQuery.all().inStates(DeliveryState.DELIVERED, DeliveryState.HANDED_TO_PAPER))) {
            Iterator<JournalEntry> each = letters.iterator();
            while (each.hasNext()) {
                List<CaseEvent> events = eventsOf(each.next(), seed);
                answered += events.stream().filter(event -> event.kind() == CaseEvent.Kind.RESPONDED).count();
                batch.addAll(events);
                if (batch.size() >= EVENTS_AT_A_TIME) {
                    dispatcher.recordCaseEvents(batch);
                    batch.clear();
                }
            }
        }
        dispatcher.recordCaseEvents(batch);
        return answered;
    }

    /**
     * The seed scrambled (SplitMix64's finaliser): Random's first draws from seeds that differ by little, as
     * consecutive case ids do, are alike, which would make neighbouring cases answer alike.
     */
    private static long mixed(long seed) {
        long z = seed;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static List<CaseEvent> eventsOf(JournalEntry letter, long seed) {
        String caseId = letter.row().caseId();
        if (caseId.isEmpty()) {
            return List.of();
        }
        Random random = new Random(mixed(seed * 1_000_003L + caseId.hashCode()));
        boolean digital = letter.state() == DeliveryState.DELIVERED;
        double share = (digital ? DIGITAL : PAPER) + (letter.arm().filter(DemoExperiment.SHORT::equals).isPresent() ? SHORT_LETTER_LIFT : 0);
        Instant arrived = digital ? letter.dueAt() : letter.dueAt().plus(POST);
        double draw = random.nextDouble();
        if (draw >= share + LOGGED_IN_ONLY) {
            return List.of();
        }
        Instant at = arrived.plus(Duration.ofMinutes(Math.round(60 * MEDIAN_HOURS * Math.exp(random.nextGaussian()))));
        CaseEvent loggedIn = new CaseEvent(caseId, CaseEvent.Kind.LOGGED_IN, at, digital && random.nextBoolean() ? "sso" : "web");
        if (draw >= share) {
            return List.of(loggedIn);
        }
        Instant responded = at.plus(Duration.ofMinutes(5 + random.nextInt(30)));
        return List.of(loggedIn, new CaseEvent(caseId, CaseEvent.Kind.STARTED, at.plusSeconds(30), "web"),
                new CaseEvent(caseId, CaseEvent.Kind.RESPONDED, responded, "web"));
    }
}
