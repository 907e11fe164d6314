package se.scb.dispatch.spi;

import java.util.List;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;

/** Finds out, in batches, who has a digital mailbox that takes letters from a sender (FaR, Kivra usermatch …). */
public interface RecipientDirectory {

    /** The most ids one {@link #lookup} call may carry (FaR takes 1 000). */
    int maxBatchSize();

    /**
     * Looks up a batch of at most {@link #maxBatchSize()} distinct ids.
     *
     * @return one answer per id, in the order of {@code recipients}
     * @throws ProviderException when the directory cannot be asked (transport fault, malformed answer)
     */
    List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients);
}
