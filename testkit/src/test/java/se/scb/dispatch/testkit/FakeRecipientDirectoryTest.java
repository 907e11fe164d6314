package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.Reachability;

class FakeRecipientDirectoryTest {

    private static final OrganisationNumber SENDER = TestLetters.SENDER.organisationNumber();
    private final RecipientId kivraUser = new PersonalIdentityNumber("191212121212");
    private final RecipientId blocking = TestIds.person(1);
    private final RecipientId pending = TestIds.person(2);
    private final RecipientId unknown = TestIds.person(3);
    private final RecipientId fortnoxUser = TestIds.person(4);

    @Test
    void answersWhatWasSetUpAndNoMailboxForEveryoneElse() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder()
                .reachable(kivraUser, "kivra")
                .senderBlocked(blocking)
                .pending(pending)
                .reachable(fortnoxUser, "fortnox")
                .build();

        List<Reachability> answers = directory.lookup(SENDER, List.of(kivraUser, blocking, pending, unknown, fortnoxUser));

        assertThat(answers).extracting(Reachability::recipient).containsExactly(kivraUser, blocking, pending, unknown, fortnoxUser);
        assertThat(answers).extracting(Reachability::status)
                .containsExactly(Status.REACHABLE, Status.SENDER_BLOCKED, Status.PENDING, Status.NO_MAILBOX, Status.REACHABLE);
        assertThat(answers.get(0).mailbox()).contains(new MailboxAddress("kivra", "Kivra", "https://fake.invalid/kivra"));
        assertThat(answers.get(4).mailbox()).map(MailboxAddress::operatorName).contains("Fortnox");
    }

    @Test
    void namesKnownOperatorsAndLetsUnknownOnesNameThemselves() {
        assertThat(FakeMailboxes.at("minmyndighetspost").operatorName()).isEqualTo("Min myndighetspost");
        assertThat(FakeMailboxes.at("billo").operatorName()).isEqualTo("Billo");
        assertThat(FakeMailboxes.at("acme-post")).isEqualTo(new MailboxAddress("acme-post", "acme-post", "https://fake.invalid/acme-post"));
    }

    @Test
    void aLaterAnswerForTheSameIdWins() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().reachable(kivraUser, "kivra").noMailbox(kivraUser).build();

        assertThat(directory.lookup(SENDER, List.of(kivraUser))).extracting(Reachability::status).containsExactly(Status.NO_MAILBOX);
    }

    @Test
    void recordsEveryLookupWithItsBatch() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().maxBatchSize(3).build();

        directory.lookup(SENDER, TestIds.people(3));
        directory.lookup(SENDER, TestIds.people(3, 2));

        assertThat(directory.lookupCount()).isEqualTo(2);
        assertThat(directory.batchSizes()).containsExactly(3, 2);
        assertThat(directory.calls().get(1).recipients()).isEqualTo(TestIds.people(3, 2));
        assertThat(directory.calls().get(1).sender()).isEqualTo(SENDER);
    }

    @Test
    void acceptsABatchOfExactlyMaxBatchSizeAndRefusesOneMore() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().maxBatchSize(5).build();

        assertThat(directory.lookup(SENDER, TestIds.people(5))).hasSize(5);
        assertThatThrownBy(() -> directory.lookup(SENDER, TestIds.people(6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 5 ids")
                .hasMessageContaining("carried 6");
        assertThat(directory.batchSizes()).containsExactly(5);
    }

    @Test
    void defaultsToTheBatchSizeOfFar() {
        assertThat(FakeRecipientDirectory.builder().build().maxBatchSize()).isEqualTo(1000);
    }

    @Test
    void refusesABatchNamingAnIdTwiceWithoutShowingTheId() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();

        assertThatThrownBy(() -> directory.lookup(SENDER, List.of(kivraUser, blocking, kivraUser)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("19121212-****")
                .hasMessageNotContaining("1212121212");
    }

    @Test
    void failsTheNextLookupsWhenTold() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build().failNextLookups(1);

        assertThatThrownBy(() -> directory.lookup(SENDER, List.of(kivraUser))).isInstanceOf(ProviderException.class);
        assertThat(directory.lookup(SENDER, List.of(kivraUser))).hasSize(1);
        assertThat(directory.lookupCount()).isEqualTo(1);
    }

    @Test
    void takesNewAnswersWhileInUse() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();

        directory.arrange(Reachability.unreachable(kivraUser, Status.PENDING));

        assertThat(directory.lookup(SENDER, List.of(kivraUser))).extracting(Reachability::status).containsExactly(Status.PENDING);
    }

    @Test
    void recordsEveryLookupMadeFromManyThreads() throws Exception {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().maxBatchSize(10).build();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Reachability>>> lookups = IntStream.range(0, 200)
                    .mapToObj(i -> threads.submit(() -> directory.lookup(SENDER, TestIds.people(i * 10, 10))))
                    .collect(Collectors.toList());
            for (Future<List<Reachability>> lookup : lookups) {
                assertThat(lookup.get()).hasSize(10);
            }
        } finally {
            threads.shutdown();
        }

        assertThat(directory.lookupCount()).isEqualTo(200);
        assertThat(directory.calls().stream().flatMap(call -> call.recipients().stream()).distinct().count()).isEqualTo(2000);
    }

    @Test
    void countsEveryLookupButKeepsTheRecipientsOfTheFirstOnlyUpToTheLimit() {
        FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();
        int batch = FakeRecipientDirectory.DEFAULT_MAX_BATCH_SIZE;
        int lookups = FakeRecipientDirectory.RECORDED_RECIPIENTS_LIMIT / batch + 5;
        for (int i = 0; i < lookups; i++) {
            directory.lookup(SENDER, TestIds.people(i * batch, batch));
        }

        assertThat(directory.lookupCount()).isEqualTo(lookups);
        assertThat(directory.batchSizes()).hasSize(lookups).containsOnly(batch);
        assertThat(directory.calls()).hasSize(FakeRecipientDirectory.RECORDED_RECIPIENTS_LIMIT / batch);
        assertThat(directory.calls().get(0).recipients()).isEqualTo(TestIds.people(0, batch));
    }

    @Test
    void aDirectoryIsNotChangedByItsBuilderNorByAnother() {
        FakeRecipientDirectory.Builder builder = FakeRecipientDirectory.builder().reachable(kivraUser, "kivra");
        FakeRecipientDirectory first = builder.build();
        builder.noMailbox(kivraUser);
        FakeRecipientDirectory second = builder.build();
        second.arrange(Reachability.unreachable(blocking, Status.SENDER_BLOCKED));

        assertThat(first.lookup(SENDER, List.of(kivraUser, blocking))).extracting(Reachability::status)
                .containsExactly(Status.REACHABLE, Status.NO_MAILBOX);
        assertThat(second.lookup(SENDER, List.of(kivraUser, blocking))).extracting(Reachability::status)
                .containsExactly(Status.NO_MAILBOX, Status.SENDER_BLOCKED);
    }

    @Test
    void refusesAMaxBatchSizeBelowOne() {
        assertThatThrownBy(() -> FakeRecipientDirectory.builder().maxBatchSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
