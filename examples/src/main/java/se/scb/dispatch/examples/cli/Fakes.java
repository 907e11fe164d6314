package se.scb.dispatch.examples.cli;

import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;

/** The program's dispatchers: the testkit's fakes stand in for the directory, the operators and the print house. */
final class Fakes {

    private Fakes() {
    }

    /**
     * Given in code, so provider discovery is not consulted and the fakes are used whatever else is
     * on the class path. Close the dispatcher before the operator.
     */
    static Dispatcher dispatcher(RecipientDirectory directory, FakeMailboxOperator operator, DispatchListener listener) {
        return Dispatcher.builder()
                .recipientDirectory(directory)
                .mailboxOperator(operator)
                .paperChannel(new FakePaperChannel())
                .listener(listener)
                .build();
    }
}
