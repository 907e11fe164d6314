package se.scb.dispatch.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;
import se.scb.dispatch.testkit.logging.CapturedLogs;

/**
 * What every {@link RecipientDirectory} adapter must do, as tests its own test class inherits.
 * JUnit makes a new instance per test; {@link #directory()} and {@link #stub()} must return the same
 * objects throughout one test. The test "never logs an identity number" needs the log capture:
 * run with {@code slf4j.provider=se.scb.dispatch.testkit.logging.CapturingLoggerProvider}.
 */
public abstract class RecipientDirectoryCompatibilityKit {

    // Separate ranges of test ids, so that no test depends on what another arranged.
    private static final int EVERY_ANSWER_IDS = 100_000;
    private static final int ORDER_IDS = 200_000;
    private static final int FULL_BATCH_IDS = 300_000;

    /** The adapter under test, pointed at {@link #stub()}. */
    protected abstract RecipientDirectory directory();

    /** The protocol stub the adapter asks. */
    protected abstract DirectoryStub stub();

    /** The operator the kit arranges reachable recipients at; the adapter must report this id in the mailbox. */
    protected String operatorId() {
        return "kivra";
    }

    /** The sender the kit looks up for. */
    protected OrganisationNumber sender() {
        return TestLetters.SENDER.organisationNumber();
    }

    /**
     * The answers the directory's protocol can give; the kit arranges only these, and the stub is
     * asked for no other. All four unless overridden: override for a protocol that tells fewer apart
     * (Kivra's usermatch knows only matched and not matched), and say why.
     */
    protected Set<Status> answersExpressed() {
        return EnumSet.allOf(Status.class);
    }

    @Test
    @DisplayName("maps every lookup answer")
    void mapsEveryLookupAnswer() {
        List<RecipientId> ids = arrangeOneOfEachAnswer();

        List<Reachability> answers = directory().lookup(sender(), ids);

        assertThat(answers).extracting(Reachability::status).containsExactlyElementsOf(inTurn());
        for (Reachability answer : answers) {
            if (answer.status() == Status.REACHABLE) {
                assertThat(answer.mailbox()).map(MailboxAddress::operatorId).contains(operatorId());
            } else if (answer.status() == Status.NO_MAILBOX) {
                assertThat(answer.mailbox()).isEmpty();
            } else {
                // A blocked or pending account may name its operator; when it does, it is the directory's operator.
                answer.mailbox().ifPresent(mailbox -> assertThat(mailbox.operatorId()).isEqualTo(operatorId()));
            }
        }
    }

    @Test
    @DisplayName("keeps the order of the batch")
    void keepsTheOrderOfTheBatch() {
        List<RecipientId> arranged = TestIds.people(ORDER_IDS, 12);
        arrangeInTurn(arranged);
        List<RecipientId> batch = new ArrayList<>(arranged);
        Collections.shuffle(batch, new Random(20240613L));

        List<Reachability> answers = directory().lookup(sender(), batch);

        assertAnswersInTurn(arranged, batch, answers);
    }

    @Test
    @DisplayName("accepts a batch of exactly maxBatchSize")
    void acceptsABatchOfExactlyMaxBatchSize() {
        List<RecipientId> batch = TestIds.people(FULL_BATCH_IDS, directory().maxBatchSize());
        arrangeInTurn(batch);

        List<Reachability> answers = directory().lookup(sender(), batch);

        assertAnswersInTurn(batch, batch, answers);
    }

    @Test
    @DisplayName("never logs an identity number")
    void neverLogsAnIdentityNumber() {
        CapturedLogs.requireActive();
        List<RecipientId> ids = arrangeOneOfEachAnswer();

        directory().lookup(sender(), ids);

        CapturedLogs.assertNoIdentityNumberOf(ids);
    }

    private List<RecipientId> arrangeOneOfEachAnswer() {
        List<RecipientId> ids = TestIds.people(EVERY_ANSWER_IDS, inTurn().size());
        arrangeInTurn(ids);
        return ids;
    }

    /** Arranges the answers expressed in turn: the id at index i gets the answer {@code statusInTurn(i)}. */
    private void arrangeInTurn(List<RecipientId> ids) {
        for (int i = 0; i < ids.size(); i++) {
            RecipientId id = ids.get(i);
            switch (statusInTurn(i)) {
                case REACHABLE:
                    stub().answerReachable(id, operatorId());
                    break;
                case NO_MAILBOX:
                    stub().answerNoMailbox(id);
                    break;
                case SENDER_BLOCKED:
                    stub().answerSenderBlocked(id);
                    break;
                case PENDING:
                    stub().answerPending(id);
                    break;
                default:
                    throw new IllegalStateException("No arrangement for " + statusInTurn(i));
            }
        }
    }

    /** The answers expressed, in the order of {@link Status}. */
    private List<Status> inTurn() {
        Set<Status> declared = answersExpressed();
        if (!declared.contains(Status.REACHABLE) || declared.size() < 2) {
            throw new IllegalStateException("answersExpressed() must hold REACHABLE and at least one other answer, was " + declared);
        }
        return List.copyOf(EnumSet.copyOf(declared));
    }

    private Status statusInTurn(int index) {
        List<Status> expressed = inTurn();
        return expressed.get(index % expressed.size());
    }

    private void assertAnswersInTurn(List<RecipientId> arranged, List<RecipientId> batch, List<Reachability> answers) {
        assertThat(answers).extracting(Reachability::recipient).as("one answer per id, in the order of the batch").isEqualTo(batch);
        List<Status> expected = batch.stream().map(id -> statusInTurn(arranged.indexOf(id))).collect(Collectors.toList());
        assertThat(answers).extracting(Reachability::status).isEqualTo(expected);
    }
}
