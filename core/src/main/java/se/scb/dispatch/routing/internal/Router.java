package se.scb.dispatch.routing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * Asks the recipient directory about many recipients, in calls no larger than the directory takes,
 * and checks that each answer is about the recipient asked for.
 */
public final class Router {

    private final RecipientDirectory directory;

    public Router(RecipientDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Why a letter goes on paper when the directory gives this answer: the one mapping the plan and a reminder's
     * second lookup share.
     */
    public static ReasonCode paperReason(Reachability.Status status) {
        return switch (status) {
            case SENDER_BLOCKED -> ReasonCode.SENDER_BLOCKED;
            case PENDING -> ReasonCode.MAILBOX_PENDING;
            case NO_MAILBOX -> ReasonCode.NO_MAILBOX;
            case REACHABLE -> throw new IllegalArgumentException("A reachable recipient's letter is not routed to paper");
        };
    }

    /** The largest number of ids one call carries. */
    public int batchSize() {
        return Math.max(1, directory.maxBatchSize());
    }

    /** One answer per recipient, in order. */
    public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
        List<Reachability> answers = new ArrayList<>(recipients.size());
        int batch = batchSize();
        for (int from = 0; from < recipients.size(); from += batch) {
            List<RecipientId> chunk = recipients.subList(from, Math.min(recipients.size(), from + batch));
            answers.addAll(checked(chunk, directory.lookup(sender, List.copyOf(chunk))));
        }
        return answers;
    }

    private static List<Reachability> checked(List<RecipientId> asked, List<Reachability> answered) {
        if (answered == null || answered.size() != asked.size()) {
            throw new ProviderException("The recipient directory answered " + (answered == null ? 0 : answered.size())
                    + " recipients for a batch of " + asked.size() + "; it must answer each one, in order.");
        }
        for (int i = 0; i < asked.size(); i++) {
            if (!asked.get(i).equals(answered.get(i).recipient())) {
                throw new ProviderException("The recipient directory answered out of order at position " + (i + 1)
                        + " of a batch of " + asked.size() + " (asked " + asked.get(i).masked() + ", got "
                        + answered.get(i).recipient().masked() + ").");
            }
        }
        return answered;
    }
}
