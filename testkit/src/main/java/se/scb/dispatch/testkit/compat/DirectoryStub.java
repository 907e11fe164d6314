package se.scb.dispatch.testkit.compat;

import se.scb.dispatch.id.RecipientId;

/**
 * The directory's side of {@link RecipientDirectoryCompatibilityKit}: the protocol stub the adapter
 * under test asks (WireMock, a mock web service, or the fake itself). The kit arranges an answer for
 * every id it looks up.
 */
public interface DirectoryStub {

    /** The recipient has a mailbox at the operator with this id, accepting letters from the sender. */
    void answerReachable(RecipientId id, String operatorId);

    void answerNoMailbox(RecipientId id);

    void answerSenderBlocked(RecipientId id);

    void answerPending(RecipientId id);
}
