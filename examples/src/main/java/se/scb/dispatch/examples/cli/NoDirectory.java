package se.scb.dispatch.examples.cli;

import java.util.List;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * The directory of a command given neither {@code --reachability} nor {@code --config}: it cannot be asked.
 * An empty fake directory would answer "no mailbox" for everyone, which would send a reminder's digital
 * letters to paper; a directory that cannot be asked leaves them as planned.
 */
final class NoDirectory implements RecipientDirectory {

    @Override
    public int maxBatchSize() {
        return 1_000;
    }

    @Override
    public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
        throw new ProviderException("No recipient directory was given (--reachability FILE or --config FILE).");
    }
}
