package se.scb.dispatch.journal;

import se.scb.dispatch.journal.internal.JournalStore;

/** The contract on the journal that lives in the heap. */
class InMemoryJournalTest extends JournalContractTest {

    private final JournalStore journal = JournalStore.of(Journal.inMemory());

    @Override
    protected JournalStore journal() {
        return journal;
    }
}
