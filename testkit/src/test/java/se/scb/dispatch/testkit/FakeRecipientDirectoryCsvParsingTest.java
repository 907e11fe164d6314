package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.Reachability;

/** Reading the fake directory's file: the parts that need {@link RecipientId#parse(String)}. */
class FakeRecipientDirectoryCsvParsingTest {

    @TempDir
    Path folder;

    @Test
    void answersFromTheFileAndNoMailboxForIdsNotInIt() throws IOException {
        RecipientId reachable = new PersonalIdentityNumber("191212121212");
        RecipientId blocked = TestIds.person(1);
        RecipientId pending = TestIds.person(2);
        RecipientId listedWithoutMailbox = TestIds.person(3);
        RecipientId unlisted = TestIds.person(4);
        Path file = write(
                "recipient_id;status;operator",
                "19121212-1212;REACHABLE;minmyndighetspost",
                blocked.canonical() + ";sender_blocked;kivra",
                "",
                pending.canonical() + ";PENDING",
                listedWithoutMailbox.canonical() + ";NO_MAILBOX;");

        List<Reachability> answers = FakeRecipientDirectory.fromCsv(file)
                .lookup(TestLetters.SENDER.organisationNumber(), List.of(reachable, blocked, pending, listedWithoutMailbox, unlisted));

        assertThat(answers).extracting(Reachability::status)
                .containsExactly(Status.REACHABLE, Status.SENDER_BLOCKED, Status.PENDING, Status.NO_MAILBOX, Status.NO_MAILBOX);
        assertThat(answers.get(0).mailbox())
                .contains(new MailboxAddress("minmyndighetspost", "Min myndighetspost", "https://fake.invalid/minmyndighetspost"));
        assertThat(answers.get(1).mailbox()).as("a blocked account names its operator").map(MailboxAddress::operatorName).contains("Kivra");
        assertThat(answers.get(2).mailbox()).as("a pending account without one").isEmpty();
    }

    @Test
    void aRecipientWithoutAMailboxHasNoOperator() throws IOException {
        Path file = write("recipient_id;status;operator", TestIds.person(1).canonical() + ";NO_MAILBOX;kivra");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("NO_MAILBOX takes no operator");
    }

    @Test
    void aWindows1252FileIsReadLikeThePopulation() throws IOException {
        RecipientId blocked = TestIds.person(1);
        Path file = Files.write(folder.resolve("nåbarhet.csv"), ("personnummer;status;operator\r\n" + blocked.canonical()
                + ";SENDER_BLOCKED;kivra\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(file, "# Åsa\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252")), java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageNotContaining("Input length");
    }

    @Test
    void namesABadIdByLineNumberWithTheIdMasked() throws IOException {
        Path file = write("recipient_id;status;operator", "191212121212;NO_MAILBOX", "191212121213;REACHABLE;kivra");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3: recipient id 19121212-**** is not valid")
                .hasMessageNotContaining("1212121213");
    }

    @Test
    void namesAnIdListedTwiceWithBothLines() throws IOException {
        Path file = write("recipient_id;status;operator", "191212121212;NO_MAILBOX", "19121212-1212;PENDING");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3: recipient 19121212-**** is already listed on line 2")
                .hasMessageNotContaining("1212121212");
    }

    private Path write(String... lines) throws IOException {
        return Files.write(folder.resolve("reachability.csv"), List.of(lines), StandardCharsets.UTF_8);
    }
}
