package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.RecipientId;

class ReceivedLettersFileTest {

    @TempDir
    Path folder;

    @Test
    void aFakeStartedAgainOnTheSameFileTreatsEarlierLettersAsRepeats() {
        ReceivedLettersFile file = new ReceivedLettersFile(folder.resolve("received.log"));
        RecipientId person = TestIds.person(1);
        try (FakeMailboxOperator first = new FakeMailboxOperator().keepReceivedIn(file)) {
            assertThat(first.deliver(TestLetters.letter("m-1", person)).toCompletableFuture().join().code()).isEqualTo("DELIVERED");
        }

        try (FakeMailboxOperator restarted = new FakeMailboxOperator().keepReceivedIn(file)) {
            assertThat(restarted.deliver(TestLetters.letter("m-1", person)).toCompletableFuture().join().code()).isEqualTo("ALREADY_DELIVERED");
            assertThat(restarted.repeats()).isEqualTo(1);
        }

        assertThat(file.summary()).isEqualTo(new ReceivedLettersFile.Summary(1, 1, 0));
    }

    @Test
    void aRecipientWithTwoMessageIdsIsADuplicate() {
        ReceivedLettersFile file = new ReceivedLettersFile(folder.resolve("received.log"));
        try (FakeMailboxOperator operator = new FakeMailboxOperator().keepReceivedIn(file)) {
            operator.deliver(TestLetters.letter("m-1", TestIds.person(1))).toCompletableFuture().join();
            operator.deliver(TestLetters.letter("m-2", TestIds.person(1))).toCompletableFuture().join();
            operator.deliver(TestLetters.letter("m-3", TestIds.person(2))).toCompletableFuture().join();
        }

        assertThat(file.summary()).isEqualTo(new ReceivedLettersFile.Summary(3, 0, 1));
    }

    @Test
    void keepsNoIdentityNumberInTheFile() throws Exception {
        ReceivedLettersFile file = new ReceivedLettersFile(folder.resolve("received.log"));
        RecipientId person = TestIds.person(7);
        try (FakeMailboxOperator operator = new FakeMailboxOperator().keepReceivedIn(file)) {
            operator.deliver(TestLetters.letter("m-1", person)).toCompletableFuture().join();
        }

        String written = Files.readString(file.file());
        assertThat(se.scb.dispatch.testkit.logging.UnmaskedForms.appearIn(written, person)).isFalse();
        assertThat(written).startsWith("m-1;");
    }

    @Test
    void forgetRemovesOnlyTheLinesAskedForAndTheKeyWithTheLast() throws Exception {
        ReceivedLettersFile file = new ReceivedLettersFile(folder.resolve("received.log"));
        Path key = folder.resolve("received.log.key");
        try (FakeMailboxOperator operator = new FakeMailboxOperator().keepReceivedIn(file)) {
            operator.deliver(TestLetters.letter("a-1", TestIds.person(1))).toCompletableFuture().join();
            operator.deliver(TestLetters.letter("b-1", TestIds.person(2))).toCompletableFuture().join();
        }

        assertThat(file.forget(messageId -> messageId.startsWith("a-"))).isEqualTo(1);
        assertThat(Files.readString(file.file())).startsWith("b-1;").doesNotContain("a-1");
        assertThat(key).exists();

        assertThat(file.forget(messageId -> messageId.startsWith("b-"))).isEqualTo(1);
        assertThat(Files.readString(file.file())).isEmpty();
        assertThat(key).doesNotExist();
    }

    @Test
    void aRecipientsDigestDependsOnTheKeySoTwoFilesDoNotShareOne() throws Exception {
        RecipientId person = TestIds.person(7);
        ReceivedLettersFile first = new ReceivedLettersFile(folder.resolve("first.log"));
        ReceivedLettersFile second = new ReceivedLettersFile(folder.resolve("second.log"));
        try (FakeMailboxOperator one = new FakeMailboxOperator().keepReceivedIn(first);
                FakeMailboxOperator two = new FakeMailboxOperator().keepReceivedIn(second)) {
            one.deliver(TestLetters.letter("m-1", person)).toCompletableFuture().join();
            two.deliver(TestLetters.letter("m-1", person)).toCompletableFuture().join();
        }

        assertThat(Files.readString(first.file())).isNotEqualTo(Files.readString(second.file()));
    }
}
