package se.scb.dispatch.testkit;

import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.compat.DirectoryStub;
import se.scb.dispatch.testkit.compat.RecipientDirectoryCompatibilityKit;

/** The fake directory passes the kit every adapter must pass (from another package, as an adapter would). */
class FakeRecipientDirectoryCompatibilityTest extends RecipientDirectoryCompatibilityKit {

    private final FakeRecipientDirectory fake = FakeRecipientDirectory.builder().build();

    @Override
    protected RecipientDirectory directory() {
        return fake;
    }

    @Override
    protected DirectoryStub stub() {
        return new DirectoryStub() {
            @Override
            public void answerReachable(RecipientId id, String operatorId) {
                fake.arrange(Reachability.reachable(id, FakeMailboxes.at(operatorId)));
            }

            @Override
            public void answerNoMailbox(RecipientId id) {
                fake.arrange(Reachability.unreachable(id, Status.NO_MAILBOX));
            }

            @Override
            public void answerSenderBlocked(RecipientId id) {
                fake.arrange(Reachability.unreachable(id, Status.SENDER_BLOCKED));
            }

            @Override
            public void answerPending(RecipientId id) {
                fake.arrange(Reachability.unreachable(id, Status.PENDING));
            }
        };
    }
}
