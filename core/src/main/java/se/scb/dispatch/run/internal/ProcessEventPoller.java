package se.scb.dispatch.run.internal;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.ProcessEventBatch;

/**
 * Brings an operator's process events into the journal: asks for the page after the cursor the journal
 * keeps, stores the events and the next cursor together, and asks again while the operator has more.
 * Safe to run anywhere and at any time, in several processes at once: storing is idempotent, so a page
 * read twice (after a crash, or by two pollers) changes nothing.
 */
public final class ProcessEventPoller {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessEventPoller.class);
    /** Pages read in one round at most, so a feed that always says "more" cannot hold a runner for ever. */
    private static final int PAGES_PER_ROUND = 1_000;

    private final JournalStore journal;
    private final MailboxOperator operator;
    private final Clock clock;

    public ProcessEventPoller(JournalStore journal, MailboxOperator operator, Clock clock) {
        this.journal = journal;
        this.operator = operator;
        this.clock = clock;
    }

    /**
     * Reads what the operator has ready now.
     *
     * @return how many events the operator handed over (repeats included)
     */
    public int poll() {
        if (operator.capabilities().processEvents().isEmpty()) {
            return 0;
        }
        String name = operator.name();
        int handedOver = 0;
        for (int page = 0; page < PAGES_PER_ROUND; page++) {
            Optional<String> cursor = journal.eventCursor(name);
            ProcessEventBatch batch = operator.processEvents(cursor);
            journal.recordProcessEvents(name, batch.events(), batch.cursor(), clock.instant());
            handedOver += batch.events().size();
            if (!batch.more()) {
                break;
            }
        }
        if (handedOver > 0) {
            LOG.info("Stored {} process events of {}", handedOver, name);
        }
        return handedOver;
    }
}
