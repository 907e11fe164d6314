package se.scb.dispatch.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.template.MessageTemplate;

/**
 * A letter that follows a dispatch to every recipient whose case has not responded: planned when the
 * dispatch completes, as a dispatch of its own linked to it ({@link DispatchOptions#followUpOf()}), and
 * checked again just before each letter goes, so a case that responds in the meantime gets none. Only
 * letters with a case id are followed up, each recipient once.
 *
 * @param after          due this long after each letter of the first dispatch was delivered or handed to paper
 * @param at             or due at this time (exactly one of {@code after} and {@code at} is given)
 * @param template       its own text; empty: the first dispatch's letter again
 * @param paperOnly      on paper to everyone; otherwise by the same routing as the first letter (digital to the
 *                       mailbox it was delivered to, paper to those who got paper)
 * @param onlyToDigital  follow up only the letters delivered digitally (the paper-if-unanswered follow-up)
 */
public record Reminder(Optional<Duration> after, Optional<Instant> at, Optional<MessageTemplate> template, boolean paperOnly,
        boolean onlyToDigital) {

    public Reminder {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(template, "template");
        if (after.isPresent() == at.isPresent()) {
            throw new IllegalArgumentException("A reminder is due either some time after the letter or at a set time: give exactly one.");
        }
        after.ifPresent(wait -> {
            if (wait.isNegative()) {
                throw new IllegalArgumentException("A reminder cannot be due before the letter it follows; after was " + wait + ".");
            }
        });
    }

    /** A reminder with its own text, this long after each first letter, by the same routing. */
    public static Reminder after(Duration after, MessageTemplate template) {
        return new Reminder(Optional.of(after), Optional.empty(), Optional.of(template), false, false);
    }

    /** A reminder with its own text at a set time, by the same routing. */
    public static Reminder at(Instant at, MessageTemplate template) {
        return new Reminder(Optional.empty(), Optional.of(at), Optional.of(template), false, false);
    }

    /**
     * The survey counterpart of print-if-unread: the first letter again, on paper, this long after its digital
     * delivery, to the cases that have not responded.
     */
    public static Reminder paperIfUnanswered(Duration after) {
        return new Reminder(Optional.of(after), Optional.empty(), Optional.empty(), true, true);
    }

    /** The same reminder on paper to everyone. */
    public Reminder onPaperOnly() {
        return new Reminder(after, at, template, true, onlyToDigital);
    }

    /** When the reminder of a letter delivered or handed to paper at {@code sentAt} is due. */
    public Instant dueFor(Instant sentAt) {
        return at.orElseGet(() -> sentAt.plus(after.orElseThrow()));
    }
}
