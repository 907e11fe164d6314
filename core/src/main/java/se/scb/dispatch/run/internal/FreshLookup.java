package se.scb.dispatch.run.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.routing.internal.Router;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.Reachability.Status;

/**
 * Asks the directory again about a reminder's digital letters just before they go: days have passed since
 * the first letter's lookup, and a recipient may have blocked the sender, closed the mailbox, or be opening a
 * new one. Those letters are routed again as the plan routes such a recipient: on paper. A recipient now
 * reachable at another operator keeps the planned mailbox: the operator's answer decides, as
 * for any letter. A directory that cannot be asked leaves the plan as it was: the reminder is not held back.
 * One per drain, used on its thread only.
 */
final class FreshLookup {

    private static final Logger LOG = LoggerFactory.getLogger(FreshLookup.class);

    private final Router router;
    private final OrganisationNumber sender;
    private boolean unavailable;

    FreshLookup(Router router, OrganisationNumber sender) {
        this.router = router;
        this.sender = sender;
    }

    /** The digital letters among {@code letters} whose recipient the directory no longer finds reachable, with its answer now. */
    Map<JournalEntry, Reachability> noLongerReachable(List<JournalEntry> letters) {
        List<JournalEntry> digital = letters.stream().filter(letter -> letter.isDigital() && letter.paperBatch().isEmpty()).toList();
        Map<JournalEntry, Reachability> lost = new LinkedHashMap<>();
        if (digital.isEmpty()) {
            return lost;
        }
        if (unavailable) {
            return lost;
        }
        List<Reachability> answers;
        try {
            answers = router.lookup(sender, digital.stream().map(letter -> letter.recipient().orElseThrow()).toList());
        } catch (ProviderException e) {
            // Asked no more in this run: a directory that is down would only slow every batch of reminders.
            unavailable = true;
            LOG.warn("The recipient directory could not be asked again before the reminders went; they go as first planned: {}", e.getMessage());
            return lost;
        }
        for (int i = 0; i < digital.size(); i++) {
            if (answers.get(i).status() != Status.REACHABLE) {
                lost.put(digital.get(i), answers.get(i));
            }
        }
        return lost;
    }

    /** A fresh lookup for a reminder dispatch, when there is a directory to ask. */
    static Optional<FreshLookup> forReminder(Optional<Router> router, String sender) {
        return router.map(directory -> new FreshLookup(directory, OrganisationNumber.parse(sender)));
    }
}
