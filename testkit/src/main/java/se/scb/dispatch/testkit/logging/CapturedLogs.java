package se.scb.dispatch.testkit.logging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import se.scb.dispatch.id.RecipientId;

/**
 * The log events kept by {@link CapturingLoggerProvider}, shared by the whole JVM.
 *
 * <p>Tests that run in parallel see each other's events; rather than {@link #clear()}, such tests
 * should look for text only they produce.
 */
public final class CapturedLogs {

    // Guarded by itself; a plain synchronized list keeps arrival order under concurrent logging.
    private static final List<CapturedEvent> EVENTS = new ArrayList<>();

    private static final int MAX_LEAKS_SHOWN = 10;

    private CapturedLogs() {
    }

    static void record(CapturedEvent event) {
        synchronized (EVENTS) {
            EVENTS.add(event);
        }
        if (event.level().toInt() >= Level.INFO.toInt()) {
            System.err.println(event.text());
        }
    }

    /** Every event kept so far, in the order they were logged. */
    public static List<CapturedEvent> all() {
        synchronized (EVENTS) {
            return List.copyOf(EVENTS);
        }
    }

    /** Forgets every event kept so far. */
    public static void clear() {
        synchronized (EVENTS) {
            EVENTS.clear();
        }
    }

    /** Whether SLF4J is bound to the capture, i.e. whether {@link #all()} sees what is logged. */
    public static boolean isActive() {
        return LoggerFactory.getILoggerFactory() instanceof CapturingLoggerProvider.CapturingLoggerFactory;
    }

    /** Every event kept so far as text, one block per event (see {@link CapturedEvent#text()}). */
    public static String text() {
        return all().stream().map(CapturedEvent::text).collect(Collectors.joining(System.lineSeparator()));
    }

    /** The events whose message or stack trace holds any unmasked written form of the given id. */
    public static List<CapturedEvent> mentioning(RecipientId id) {
        List<String> forms = UnmaskedForms.of(id);
        return all().stream().filter(event -> UnmaskedForms.containsAny(event.text(), forms)).collect(Collectors.toList());
    }

    /**
     * Fails when the capture is not active, or when any event kept so far holds one of the ids in an
     * unmasked form. The failure names the logger and level and shows the message with the id masked.
     *
     * @throws AssertionError as described
     */
    public static void assertNoIdentityNumberOf(Collection<? extends RecipientId> ids) {
        requireActive();
        List<String> leaks = new ArrayList<>();
        for (RecipientId id : ids) {
            for (CapturedEvent event : mentioning(id)) {
                leaks.add(UnmaskedForms.mask(event.text(), id));
            }
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError("An identity number was logged unmasked (shown masked here) in " + leaks.size() + " event(s), e.g.:"
                    + System.lineSeparator() + String.join(System.lineSeparator(), leaks.subList(0, Math.min(leaks.size(), MAX_LEAKS_SHOWN))));
        }
    }

    /**
     * Fails, rather than letting a check pass vacuously, when the capture is not the SLF4J provider.
     *
     * @throws AssertionError naming the system property to set
     */
    public static void requireActive() {
        if (!isActive()) {
            throw new AssertionError("Log capture is not active, so nothing can be said about what was logged. Run the tests with the"
                    + " system property slf4j.provider=" + CapturingLoggerProvider.NAME
                    + " (for example in maven-surefire-plugin's <systemPropertyVariables>).");
        }
    }
}
