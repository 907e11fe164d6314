package se.scb.dispatch.adapter.kivra;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.compat.DirectoryStub;
import se.scb.dispatch.testkit.compat.RecipientDirectoryCompatibilityKit;

/** The Kivra directory passes the kit every directory adapter must pass, against Kivra's API in WireMock. */
class KivraRecipientDirectoryCompatibilityTest extends RecipientDirectoryCompatibilityKit {

    private final KivraWireMock kivra = new KivraWireMock();
    private final KivraRecipientDirectory directory = new KivraRecipientDirectory(kivra.config().build());

    @AfterEach
    void stopKivra() {
        kivra.close();
    }

    @Override
    protected RecipientDirectory directory() {
        return directory;
    }

    /** Kivra's match lists only who matches; opted out, dormant and unknown all stay off the list alike. */
    @Override
    protected Set<Status> answersExpressed() {
        return EnumSet.of(Status.REACHABLE, Status.NO_MAILBOX);
    }

    @Override
    protected DirectoryStub stub() {
        return new DirectoryStub() {
            @Override
            public void answerReachable(RecipientId id, String operatorId) {
                kivra.matching.add(id.canonical());
            }

            @Override
            public void answerNoMailbox(RecipientId id) {
                kivra.matching.remove(id.canonical());
            }

            @Override
            public void answerSenderBlocked(RecipientId id) {
                throw new UnsupportedOperationException("Kivra's usermatch cannot answer 'sender blocked'");
            }

            @Override
            public void answerPending(RecipientId id) {
                throw new UnsupportedOperationException("Kivra's usermatch cannot answer 'pending'");
            }
        };
    }
}
