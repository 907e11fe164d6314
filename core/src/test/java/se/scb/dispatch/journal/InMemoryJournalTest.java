package se.scb.dispatch.journal;

/** The contract on the journal that lives in the heap. */
class InMemoryJournalTest extends JournalContractTest {

    private final InMemoryJournal journal = new InMemoryJournal();

    @Override
    protected Journal journal() {
        return journal;
    }
}
