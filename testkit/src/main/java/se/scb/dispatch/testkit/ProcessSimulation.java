package se.scb.dispatch.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.ProcessEvent.Kind;

/**
 * What becomes of a delivered letter in a mailbox, made up but shaped like the real thing: about 80 % of
 * recipients open it, with a right-skewed time to open (log-normal with a median of six hours: most within a
 * day, a long tail past two weeks); 45 % of those open the attachment and 30 % go on to the questionnaire
 * with single sign-on; 90 % are notified (push, e-mail or SMS) within minutes; those who have not opened
 * after three days get the operator's reminder; a few in a thousand block the sender. Decided by the seed
 * and the recipient alone, so a recipient's fate is the same whatever order letters arrive in, and in a
 * dispatch sent again.
 */
final class ProcessSimulation {

    static final double OPENED = 0.80;
    static final double MEDIAN_HOURS_TO_OPEN = 6;
    /** The spread of the log of the time to open: about 80 % open within a day, 1 % after two weeks. */
    static final double SPREAD = 1.8;
    static final Duration REMINDED_AFTER = Duration.ofDays(3);
    private static final double ATTACHMENT_OPENED = 0.45;
    private static final double SINGLE_SIGN_ON = 0.30;
    private static final double NOTIFIED = 0.90;
    private static final double BLOCKS_SENDER = 0.004;
    private static final String[] CHANNELS = {"push", "push", "push", "push", "push", "email", "email", "email", "sms", "sms"};

    private final long seed;

    ProcessSimulation(long seed) {
        this.seed = seed;
    }

    /** The events of a letter delivered at {@code deliveredAt}, of the kinds the operator reports. */
    List<ProcessEvent> of(Letter letter, Instant deliveredAt, Set<Kind> reported, Supplier<String> eventIds) {
        SplittableRandom random = new SplittableRandom(seed * 31 + letter.recipient().canonical().hashCode());
        List<ProcessEvent> events = new ArrayList<>();
        String id = letter.messageId();
        events.add(ProcessEvent.of(eventIds.get(), id, Kind.DELIVERED, deliveredAt));
        if (random.nextDouble() < NOTIFIED) {
            events.add(new ProcessEvent(eventIds.get(), id, Kind.NOTIFIED, deliveredAt.plusSeconds(30 + random.nextInt(300)),
                    CHANNELS[random.nextInt(CHANNELS.length)]));
        }
        boolean opens = random.nextDouble() < OPENED;
        Instant openedAt = deliveredAt.plusSeconds(Math.round(3_600 * MEDIAN_HOURS_TO_OPEN * Math.exp(SPREAD * gaussian(random))));
        Instant reminderAt = deliveredAt.plus(REMINDED_AFTER);
        if (!opens || openedAt.isAfter(reminderAt)) {
            events.add(ProcessEvent.of(eventIds.get(), id, Kind.OPERATOR_REMINDER, reminderAt));
        }
        if (opens) {
            events.add(ProcessEvent.of(eventIds.get(), id, Kind.OPENED, openedAt));
            if (random.nextDouble() < ATTACHMENT_OPENED && !letter.message().attachments().isEmpty()) {
                events.add(new ProcessEvent(eventIds.get(), id, Kind.ATTACHMENT_OPENED, openedAt.plusSeconds(20 + random.nextInt(600)),
                        letter.message().attachments().get(0).fileName()));
            }
            if (random.nextDouble() < SINGLE_SIGN_ON) {
                events.add(ProcessEvent.of(eventIds.get(), id, Kind.SINGLE_SIGN_ON, openedAt.plusSeconds(30 + random.nextInt(300))));
            }
        }
        if (random.nextDouble() < BLOCKS_SENDER) {
            events.add(ProcessEvent.of(eventIds.get(), id, Kind.SENDER_BLOCKED, deliveredAt.plus(Duration.ofHours(1 + random.nextInt(24 * 20)))));
        }
        events.removeIf(event -> !reported.contains(event.kind()));
        return events;
    }

    /** A standard normal draw (Box–Muller): SplittableRandom has none. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
