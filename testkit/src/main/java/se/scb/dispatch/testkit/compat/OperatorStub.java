package se.scb.dispatch.testkit.compat;

/**
 * The operator's side of {@link MailboxOperatorCompatibilityKit}: the protocol stub the adapter
 * under test talks to (WireMock, a mock web service, or the fake itself), arranged by the kit.
 * Unless told otherwise it accepts every letter, like a healthy operator.
 */
public interface OperatorStub {

    /**
     * The next delivery that reaches the stub is answered with the fault; the ones after it are
     * accepted again. For {@link Fault.Kind#NO_ANSWER} hold the answer back longer than the kit's
     * {@link MailboxOperatorCompatibilityKit#timeout()}.
     */
    void answerNextDeliveryWith(Fault fault);

    /** How many deliveries carrying this message id reached the stub, whatever it answered. */
    int deliveriesReceived(String messageId);

    /** How many deliveries reached the stub in all, whatever they carried. */
    int deliveriesReceived();
}
