package se.scb.dispatch.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.PlannedDispatch;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** The README's Java examples are quoted from files the build compiles, and they do what the README says. */
class ReadmeExamplesTest {

    private final TestIdentityNumbers ids = new TestIdentityNumbers(49);
    private final PersonalIdentityNumber anna = ids.personalIdentityNumber(1984);
    private final PersonalIdentityNumber erik = ids.personalIdentityNumber(1951);
    private final MessageTemplate template = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Inbjudan")
            .text("Hej {{namn}}!")
            .build();
    private final PopulationSource sample = PopulationSource.of(List.of(row(anna, "Anna Andersson", "C-1"), row(erik, "Erik Eriksson", "C-2")));

    @Test
    void every_java_example_in_the_readme_is_quoted_from_a_file_the_build_compiles() {
        List<ReadmeQuotes.Block> java = ReadmeQuotes.blocks().stream().filter(block -> block.language().equals("java")).toList();

        assertThat(java).isNotEmpty().allSatisfy(block -> {
            assertThat(block.isQuoted())
                    .as("README line %d: a Java example says where it is quoted from (<!-- from: path#tag --> on the line before)", block.line())
                    .isTrue();
            assertThat(block.text()).as("README line %d, quoted from %s", block.line(), block.from()).isEqualTo(ReadmeQuotes.quoted(block.from()));
        });
    }

    @Test
    void every_other_quoted_block_matches_its_file() {
        assertThat(ReadmeQuotes.blocks().stream().filter(ReadmeQuotes.Block::isQuoted)).allSatisfy(block ->
                assertThat(block.text()).as("README line %d, quoted from %s", block.line(), block.from()).isEqualTo(ReadmeQuotes.quoted(block.from())));
    }

    @Test
    void an_embedded_journal_keeps_the_dispatch_for_a_reader_who_opens_it_later(@TempDir Path folder) {
        String dispatchId;
        try (Dispatcher dispatcher = OpeningJournals.embedded(folder, withFakes())) {
            dispatchId = dispatcher.send(sample, template, DispatchOptions.named("README")).dispatchId();
        }
        try (Journal reader = OpeningJournals.existing(folder)) {
            assertThat(reader.status(dispatchId).total()).isEqualTo(2);
        }
        assertThatThrownBy(() -> OpeningJournals.existing(folder.resolve("elsewhere"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("There is no journal at");
    }

    @Test
    void the_recipients_who_got_paper_are_listed_masked_with_their_reason() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Dispatcher dispatcher = withFakes().build()) {
            SendReport sent = dispatcher.send(sample, template, DispatchOptions.named("README"));
            WhoGotPaper.list(dispatcher.dispatchLog(), sent.dispatchId(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).strip()).isEqualTo("2 " + erik.masked() + " NO_MAILBOX");
    }

    @Test
    void a_scheduled_dispatch_waits_paused_with_nothing_sent() {
        try (Dispatcher dispatcher = withFakes().build()) {
            PlannedDispatch planned = SchedulingInWaves.planStartAndPause(dispatcher, sample, template, Instant.now().plusSeconds(3_600));

            assertThat(dispatcher.dispatchLog().dispatch(planned.dispatchId()).orElseThrow().state()).isEqualTo(DispatchState.PAUSED);
            assertThat(dispatcher.status(planned.dispatchId()).count(DeliveryState.DELIVERED)).isZero();
        }
    }

    @Test
    void a_case_that_answered_gets_no_paper_follow_up() {
        try (Dispatcher dispatcher = Dispatcher.builder()
                .recipientDirectory(FakeRecipientDirectory.builder().reachable(anna, "kivra").reachable(erik, "kivra").build())
                .mailboxOperator(new FakeMailboxOperator()).paperChannel(new FakePaperChannel()).build()) {
            SendReport sent = PaperForTheUnanswered.sendWithFollowUp(dispatcher, sample, template);
            PaperForTheUnanswered.answered(dispatcher, "C-1");

            assertThat(sent.status().count(DeliveryState.DELIVERED)).isEqualTo(2);
            assertThat(dispatcher.dispatchLog().response("C-1")).isPresent();
            assertThat(dispatcher.dispatchLog().response("C-2")).isEmpty();
        }
    }

    private Dispatcher.Builder withFakes() {
        return Dispatcher.builder()
                .recipientDirectory(FakeRecipientDirectory.builder().reachable(anna, "kivra").build())
                .mailboxOperator(new FakeMailboxOperator())
                .paperChannel(new FakePaperChannel());
    }

    private static Map<String, String> row(PersonalIdentityNumber who, String name, String caseId) {
        return Map.of("personnummer", who.formatted(), "namn", name, "utdelningsadress", "Storgatan 1", "postnummer", "111 22",
                "postort", "Stockholm", "case_id", caseId);
    }
}
