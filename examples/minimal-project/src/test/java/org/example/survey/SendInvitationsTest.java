package org.example.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;

class SendInvitationsTest {

    // Valid in form, made up for tests: never send to such numbers.
    private final TestIdentityNumbers ids = new TestIdentityNumbers(48);
    private final PersonalIdentityNumber anna = ids.personalIdentityNumber(1984);
    private final PersonalIdentityNumber erik = ids.personalIdentityNumber(1951);

    @Test
    void annaWhoHasAMailboxGetsHerInvitationDigitallyAndErikOnPaper(@TempDir Path folder) throws IOException {
        Path sample = Files.writeString(folder.resolve("urval.csv"), String.join("\n",
                "personnummer;namn;utdelningsadress;postnummer;postort;kod",
                anna.formatted() + ";Anna Andersson;Storgatan 1;111 22;Stockholm;K7Q2",
                erik.formatted() + ";Erik Eriksson;Kyrkogatan 3;211 33;Malmö;M4X9"));

        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = Dispatcher.builder()
                        .recipientDirectory(FakeRecipientDirectory.builder().reachable(anna, "kivra").build())
                        .mailboxOperator(operator)
                        .paperChannel(new FakePaperChannel())
                        .build()) {
            SendReport report = SendInvitations.send(dispatcher, sample);

            assertEquals(1, report.status().count(DeliveryState.DELIVERED));
            assertEquals(1, report.status().count(DeliveryState.HANDED_TO_PAPER));
            assertEquals(anna, operator.received().get(0).recipient());
        }
    }
}
