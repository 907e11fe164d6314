package se.scb.dispatch.testkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.PlannedDispatch;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.ArmStatus;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.Reminder;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** Experiments through the API: arms drawn reproducibly and in balance, and each arm's channel, template and send time applied. */
@ExtendWith(DispatcherExtension.class)
class ExperimentTest {

    private static final List<String> COUNTIES = List.of("01", "03", "12");
    private static final MessageTemplate SHORT = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Kort inbjudan")
            .text("Hej {{namn}}, koden är {{kod}}.")
            .build();

    private static Experiment experiment(long seed) {
        return new Experiment(seed, List.of("lan", Experiment.SEX), List.of(
                Experiment.Arm.of("digital", 1),
                Experiment.Arm.of("paper", 1).channel(Experiment.Channel.PAPER_ONLY),
                Experiment.Arm.of("short", 2).template(SHORT)));
    }

    @Test
    void validationAndSendingGiveEveryRowTheSameArmAndAnotherSeedOthers(Dispatcher dispatcher, FakeRecipientDirectory directory,
            TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 120);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        PopulationSource population = withCounties(people);

        List<Optional<String>> validated = armsInValidation(dispatcher, population, experiment(20261201L));
        SendReport sent = dispatcher.send(population, Samples.INVITATION, DispatchOptions.named("Inbjudan"), experiment(20261201L));
        List<Optional<String>> journal = dispatcher.dispatchLog().allLetters(sent.dispatchId(), LetterQuery.all()).map(JournalEntry::arm).toList();

        assertThat(validated).hasSize(120).doesNotContain(Optional.empty());
        assertThat(journal).isEqualTo(validated);
        assertThat(armsInValidation(dispatcher, population, experiment(20261201L))).isEqualTo(validated);
        assertThat(armsInValidation(dispatcher, population, experiment(20261202L))).isNotEqualTo(validated);
    }

    @Test
    void withinEveryStratumEachArmIsWithinOneOfItsWeightedShare(Dispatcher dispatcher, TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 403);
        PopulationSource population = withCounties(people);
        Map<String, Map<String, Integer>> byStratum = new HashMap<>();
        List<Optional<String>> arms = armsInValidation(dispatcher, population, experiment(99L));
        for (int i = 0; i < people.size(); i++) {
            String stratum = COUNTIES.get(i % COUNTIES.size()) + "/" + sexOf(people.get(i));
            byStratum.computeIfAbsent(stratum, any -> new HashMap<>()).merge(arms.get(i).orElseThrow(), 1, Integer::sum);
        }

        assertThat(byStratum).hasSize(6);
        Map<String, Integer> weights = Map.of("digital", 1, "paper", 1, "short", 2);
        byStratum.forEach((stratum, counts) -> {
            int size = counts.values().stream().mapToInt(Integer::intValue).sum();
            weights.forEach((arm, weight) -> assertThat((double) counts.getOrDefault(arm, 0))
                    .as("arm %s in stratum %s of %d", arm, stratum, size)
                    .isCloseTo(size * weight / 4.0, org.assertj.core.data.Offset.offset(1.0)));
        });
    }

    @Test
    void aPaperOnlyArmsLettersGoOnPaperAndAnArmsTemplateIsTheLetterSent(Dispatcher dispatcher, FakeRecipientDirectory directory,
            FakeMailboxOperator operator, FakePaperChannel paper, TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 40);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));

        SendReport sent = dispatcher.send(withCounties(people), Samples.INVITATION, DispatchOptions.named("Inbjudan"), experiment(5L));

        Map<String, String> armByMessage = new LinkedHashMap<>();
        Map<RecipientId, String> armByRecipient = new HashMap<>();
        dispatcher.dispatchLog().allLetters(sent.dispatchId(), LetterQuery.all()).forEach(letter -> {
            armByMessage.put(letter.messageId(), letter.arm().orElseThrow());
            armByRecipient.put(letter.recipient().orElseThrow(), letter.arm().orElseThrow());
        });
        long paperArm = armByMessage.values().stream().filter("paper"::equals).count();
        assertThat(paperArm).isPositive();
        assertThat(paper.letters()).hasSize((int) paperArm);
        assertThat(dispatcher.dispatchLog().allLetters(sent.dispatchId(), LetterQuery.all()).filter(letter -> letter.arm().orElseThrow().equals("paper")))
                .allSatisfy(letter -> {
                    assertThat(letter.state()).isEqualTo(DeliveryState.HANDED_TO_PAPER);
                    assertThat(letter.plan().reason()).contains(ReasonCode.PAPER_ONLY);
                });
        assertThat(directory.calls().stream().flatMap(call -> call.recipients().stream()))
                .as("the directory is not asked about the paper arm's recipients")
                .noneMatch(person -> armByRecipient.get(person).equals("paper"));
        assertThat(operator.received()).hasSize(40 - (int) paperArm).allSatisfy(letter -> assertThat(letter.message().subject())
                .isEqualTo(armByMessage.get(letter.messageId()).equals("short") ? "Kort inbjudan" : "Inbjudan till AKU"));
        assertThat(operator.received().stream().map(Letter::messageId).filter(id -> armByMessage.get(id).equals("short"))).isNotEmpty();
    }

    @Test
    void theStatusAndHistoryCountEachArmAsValidationDid(Dispatcher dispatcher, FakeRecipientDirectory directory, TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 50);
        people.subList(0, 30).forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        PopulationSource population = withCounties(people);

        var validation = dispatcher.validate(population, Samples.INVITATION, DispatchOptions.named("Inbjudan"), experiment(11L));
        SendReport sent = dispatcher.send(population, Samples.INVITATION, DispatchOptions.named("Inbjudan"), experiment(11L));

        Map<String, ArmStatus> arms = sent.status().arms();
        assertThat(arms.keySet()).containsExactly("digital", "paper", "short");
        arms.forEach((name, arm) -> {
            long validated = validation.arms().get(name).values().stream().mapToLong(Long::longValue).sum();
            assertThat(arm.letters()).as(name).isEqualTo(validated);
            assertThat(arm.open()).isZero();
            assertThat(arm.count(DeliveryState.HANDED_TO_PAPER)).isGreaterThanOrEqualTo(validation.count(name, Outcome.PAPER));
        });
        assertThat(arms.get("paper").count(DeliveryState.HANDED_TO_PAPER)).isEqualTo(arms.get("paper").letters());
        assertThat(dispatcher.history(HistoryQuery.all()).stream().filter(each -> each.dispatch().id().equals(sent.dispatchId()))
                .findFirst().orElseThrow().status().arms()).isEqualTo(arms);
        assertThat(dispatcher.dispatchLog().experiment(sent.dispatchId()).orElseThrow().seed()).isEqualTo(11L);
    }

    @Test
    void anArmsSendTimeIsWhenItsLettersFallDue(Dispatcher dispatcher, TestIdentityNumbers ids) {
        Instant later = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Experiment experiment = new Experiment(3L, List.of(), List.of(Experiment.Arm.of("now", 1), Experiment.Arm.of("later", 1).sendAt(later)));

        PlannedDispatch planned = dispatcher.schedule(withCounties(people(ids, 10)), Samples.INVITATION, DispatchOptions.named("Inbjudan"),
                experiment);

        List<JournalEntry> letters = dispatcher.dispatchLog().allLetters(planned.dispatchId(), LetterQuery.all()).toList();
        assertThat(letters).filteredOn(letter -> letter.arm().orElseThrow().equals("later")).isNotEmpty()
                .allSatisfy(letter -> assertThat(letter.dueAt()).isEqualTo(later));
        assertThat(letters).filteredOn(letter -> letter.arm().orElseThrow().equals("now")).isNotEmpty()
                .allSatisfy(letter -> assertThat(letter.dueAt()).isBefore(later.minus(2, ChronoUnit.DAYS)));
        dispatcher.cancel(planned.dispatchId());
    }

    @Test
    void aRowThatFailsItsChecksGetsNoArmAndAStratumThePopulationLacksIsNamed(Dispatcher dispatcher, TestIdentityNumbers ids) {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(Samples.row(ids.personalIdentityNumber(1970).formatted(), "Anna", "K1"));
        rows.add(Samples.row("19121212-1213", "Fel", "K2"));
        rows.add(Samples.row(rows.get(0).get("personnummer"), "Igen", "K3"));
        List<Optional<String>> arms = new ArrayList<>();
        dispatcher.validate(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Inbjudan"),
                new Experiment(1L, List.of(Experiment.AGE_GROUP), List.of(Experiment.Arm.of("a", 1))), (outcome, arm) -> arms.add(arm));

        assertThat(arms).containsExactly(Optional.of("a"), Optional.empty(), Optional.empty());
        Experiment byCounty = new Experiment(1L, List.of("kommun"), List.of(Experiment.Arm.of("a", 1)));
        assertThatThrownBy(() -> dispatcher.schedule(PopulationSource.of(rows), Samples.INVITATION, DispatchOptions.named("Inbjudan"), byCounty))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("'strata' names 'kommun', which is not a column of the population");
        assertThat(dispatcher.history(HistoryQuery.all())).noneMatch(summary -> summary.dispatch().name().equals("Inbjudan")
                && summary.status().total() == 0);
    }

    @Test
    void aReminderKeepsTheArmOfTheLetterItFollows(Dispatcher dispatcher, FakeRecipientDirectory directory, TestIdentityNumbers ids) {
        List<RecipientId> people = people(ids, 30);
        people.forEach(person -> directory.arrange(Reachability.reachable(person, FakeMailboxes.at("kivra"))));
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Map<String, String> row = Samples.row(people.get(i).formatted(), "Person " + i, "K" + i);
            row.put("lan", COUNTIES.get(i % COUNTIES.size()));
            row.put("case_id", "case-" + i);
            rows.add(row);
        }

        SendReport sent = dispatcher.send(PopulationSource.of(rows), Samples.INVITATION,
                DispatchOptions.named("Inbjudan").reminder(Reminder.after(Duration.ZERO, SHORT)), experiment(7));
        String reminder = dispatcher.history(HistoryQuery.all()).stream().map(DispatchSummary::dispatch)
                .filter(dispatch -> dispatch.options().followUpOf().filter(sent.dispatchId()::equals).isPresent())
                .findFirst().orElseThrow().id();

        Map<String, Optional<String>> reminderArms = armsByCase(dispatcher, reminder);
        assertThat(reminderArms).hasSize(30).doesNotContainValue(Optional.empty());
        assertThat(armsByCase(dispatcher, sent.dispatchId())).isEqualTo(reminderArms);
    }

    private static Map<String, Optional<String>> armsByCase(Dispatcher dispatcher, String dispatchId) {
        try (Stream<JournalEntry> letters = dispatcher.dispatchLog().allLetters(dispatchId, LetterQuery.all())) {
            return letters.collect(Collectors.toMap(letter -> letter.row().caseId(), JournalEntry::arm));
        }
    }

    private static List<Optional<String>> armsInValidation(Dispatcher dispatcher, PopulationSource population, Experiment experiment) {
        List<Optional<String>> arms = new ArrayList<>();
        dispatcher.validate(population, Samples.INVITATION, DispatchOptions.named("Inbjudan"), experiment, (outcome, arm) -> arms.add(arm));
        return arms;
    }

    private static List<RecipientId> people(TestIdentityNumbers ids, int count) {
        List<RecipientId> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(ids.personalIdentityNumber(LocalDate.of(1940 + i % 60, 1 + i % 12, 1 + i % 28)));
        }
        return people;
    }

    /** The sample rows with a county column, the counties in turn. */
    private static PopulationSource withCounties(List<RecipientId> people) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Map<String, String> row = Samples.row(people.get(i).formatted(), "Person " + i, "K" + i);
            row.put("lan", COUNTIES.get(i % COUNTIES.size()));
            rows.add(row);
        }
        return PopulationSource.of(rows);
    }

    private static String sexOf(RecipientId person) {
        return (person.canonical().charAt(10) - '0') % 2 == 0 ? "female" : "male";
    }
}
