package se.scb.dispatch.coverage;

import java.util.Objects;
import se.scb.dispatch.stats.Interval;
import se.scb.dispatch.stats.Proportions;

/**
 * One bar of a coverage chart: among the recipients of a group, how many the directory finds with a
 * digital mailbox that takes this sender's letters, and how many have blocked the sender or a mailbox
 * still pending.
 *
 * @param variable {@code sex}, {@code age_group}, or a column's name as written
 * @param value    the group, e.g. {@code female}, {@code 30-49}, or the column's value ({@code (blank)} when blank)
 * @param recipients the valid recipients of the group (persons, or organisations), at least 1
 * @param digital  those with a mailbox that takes the sender's letters
 * @param blocked  those whose mailbox does not accept this sender
 * @param pending  those whose mailbox is not yet open
 */
public record CoverageGroup(String variable, String value, long recipients, long digital, long blocked, long pending) {

    public CoverageGroup {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(value, "value");
        if (recipients < 1 || digital < 0 || blocked < 0 || pending < 0 || digital + blocked + pending > recipients) {
            throw new IllegalArgumentException("Counts that do not add up: " + recipients + " recipients, " + digital + " digital, "
                    + blocked + " blocked, " + pending + " pending");
        }
    }

    /** The share with a digital mailbox, {@code digital / recipients}. */
    public double share() {
        return Proportions.proportion(digital, recipients);
    }

    /** The 95 % Wilson score interval of {@link #share()}. */
    public Interval ci95() {
        return Proportions.wilson(digital, recipients);
    }

    public double blockedShare() {
        return Proportions.proportion(blocked, recipients);
    }

    public double pendingShare() {
        return Proportions.proportion(pending, recipients);
    }

    /** Those the directory says have no mailbox at all. */
    public long noMailbox() {
        return recipients - digital - blocked - pending;
    }
}
