package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.Reachability;

/** Reading the fake directory's file: the checks made before any id is parsed. */
class FakeRecipientDirectoryCsvTest {

    @TempDir
    Path folder;

    @Test
    void requiresTheHeader() throws IOException {
        Path file = write("191212121212;REACHABLE;kivra");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("recipient_id;status;operator")
                .hasMessageNotContaining("1212121212");
    }

    @Test
    void aFileWithOnlyTheHeaderHasNoMailboxes() throws IOException {
        Path file = write("\uFEFFRecipient_Id ; Status ; Operator", "");

        FakeRecipientDirectory directory = FakeRecipientDirectory.fromCsv(file);

        RecipientId anyone = new PersonalIdentityNumber("191212121212");
        assertThat(directory.lookup(TestLetters.SENDER.organisationNumber(), List.of(anyone)))
                .extracting(Reachability::status).containsExactly(Status.NO_MAILBOX);
    }

    @Test
    void theRecipientColumnMayBeNamedAsInThePopulation() throws IOException {
        RecipientId person = new PersonalIdentityNumber("191212121212");
        for (String name : List.of("personnummer", "Organisationsnummer", " recipient_id ")) {
            Path file = write(name + ";status;operator", "19121212-1212;REACHABLE;kivra");

            FakeRecipientDirectory directory = FakeRecipientDirectory.fromCsv(file);

            assertThat(directory.lookup(TestLetters.SENDER.organisationNumber(), List.of(person)))
                    .as(name).extracting(Reachability::status).containsExactly(Status.REACHABLE);
        }
    }

    @Test
    void anotherFirstColumnIsNoHeaderAndTheMessageNamesTheAcceptedOnes() throws IOException {
        Path file = write("id;status;operator", "19121212-1212;REACHABLE;kivra");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .hasMessageContaining("line 1")
                .hasMessageContaining("personnummer")
                .hasMessageContaining("organisationsnummer");
    }

    @Test
    void namesEveryBadLineByNumberAtOnce() throws IOException {
        Path file = write(
                "recipient_id;status;operator",
                "191212121212;REACHABL;kivra",
                "",
                "191212121212;REACHABLE",
                "191212121212;REACHABLE;",
                "191212121212",
                ";NO_MAILBOX;");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 bad line(s)")
                .hasMessageContaining("line 2: status 'REACHABL' is not one of [REACHABLE, NO_MAILBOX, SENDER_BLOCKED, PENDING]")
                .hasMessageContaining("line 4: status REACHABLE needs an operator")
                .hasMessageContaining("line 5: status REACHABLE needs an operator")
                .hasMessageContaining("line 6: expected 2 or 3 fields")
                .hasMessageContaining("line 7: the recipient id is missing")
                .hasMessageNotContaining("1212121212");
    }

    @Test
    void aFileWithABadLineAddsNoneOfItsAnswers() throws IOException {
        RecipientId listed = new PersonalIdentityNumber("191212121212");
        RecipientId setInCode = TestIds.person(1);
        Path file = write("recipient_id;status;operator", "191212121212;REACHABLE;kivra", "191212121212;NO_MAILBOX;");
        FakeRecipientDirectory.Builder builder = FakeRecipientDirectory.builder().reachable(setInCode, "fortnox");

        assertThatThrownBy(() -> builder.csv(file))
                .hasMessageContaining("line 3: recipient 19121212-**** is already listed on line 2");

        assertThat(builder.build().lookup(TestLetters.SENDER.organisationNumber(), List.of(listed, setInCode)))
                .extracting(Reachability::status).containsExactly(Status.NO_MAILBOX, Status.REACHABLE);
    }

    @Test
    void countsEveryBadLineButListsTheFirstTwenty() throws IOException {
        String[] lines = new String[31];
        lines[0] = "recipient_id;status;operator";
        Arrays.fill(lines, 1, lines.length, "191212121212;MAYBE;");
        Path file = write(lines);

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .hasMessageContaining("30 bad line(s)")
                .hasMessageContaining("line 21: status 'MAYBE'")
                .hasMessageNotContaining("line 22:")
                .hasMessageContaining("… and 10 more");
    }

    @Test
    void masksAnIdFoundInTheStatusColumn() throws IOException {
        Path file = write("recipient_id;status;operator", "REACHABLE;191212121212;kivra");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(file))
                .hasMessageContaining("line 2: status '19121212-****'")
                .hasMessageNotContaining("1212121212");
    }

    @Test
    void saysWhichFileCannotBeRead() {
        Path missing = folder.resolve("missing.csv");

        assertThatThrownBy(() -> FakeRecipientDirectory.fromCsv(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing.csv");
    }

    @Test
    void masksTheLastFourCharactersOfTextThatIsNoId() {
        assertThat(ReachabilityCsv.mask("19121212-12X4")).isEqualTo("19121212-****");
        assertThat(ReachabilityCsv.mask("12")).isEqualTo("****");
        assertThat(ReachabilityCsv.mask("19521028-1236 Anna")).isEqualTo("19521028-**** Anna");
    }

    @Test
    void givesKnownOperatorsTheirNames() {
        assertThat(FakeMailboxes.at("kivra")).isEqualTo(new MailboxAddress("kivra", "Kivra", "https://fake.invalid/kivra"));
    }

    private Path write(String... lines) throws IOException {
        return Files.write(folder.resolve("reachability.csv"), List.of(lines), StandardCharsets.UTF_8);
    }
}
