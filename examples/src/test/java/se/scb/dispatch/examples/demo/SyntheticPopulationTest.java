package se.scb.dispatch.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;

class SyntheticPopulationTest {

    private static final int YEAR = 2026;
    private static final SyntheticPopulation SAMPLE = new SyntheticPopulation(1, 20_000, YEAR);
    private static final List<SyntheticRow> ROWS = StreamSupport.stream(SAMPLE.rows().spliterator(), false).toList();

    @Test
    void everyPassGivesTheSameRowsAndAnotherSeedOthers() {
        List<Map<String, String>> first = columns(new SyntheticPopulation(5, 500, YEAR));

        assertThat(columns(new SyntheticPopulation(5, 500, YEAR))).isEqualTo(first);
        assertThat(columns(new SyntheticPopulation(6, 500, YEAR))).isNotEqualTo(first);
    }

    @Test
    void aboutFourInFiveAreReachableFewerAmongTheYoungestTheOldestAndThoseBornAbroad() {
        assertThat(reachableShare(row -> true)).isCloseTo(0.80, within(0.03));
        double swedishMiddleAged = reachableShare(row -> age(row) >= 25 && age(row) <= 64 && bornIn(row, "Sverige"));
        assertThat(reachableShare(row -> age(row) >= 18 && age(row) <= 24)).isLessThan(swedishMiddleAged - 0.1);
        assertThat(reachableShare(row -> age(row) >= 80)).isLessThan(swedishMiddleAged - 0.3);
        assertThat(reachableShare(row -> bornIn(row, "övriga världen"))).isLessThan(swedishMiddleAged - 0.1);
    }

    @Test
    void aboutOneInTwentyIsACompany() {
        long companies = ROWS.stream()
                .filter(row -> row.recipient().map(id -> id.kind() == RecipientId.Kind.ORGANISATION_NUMBER).orElse(false))
                .count();

        assertThat((double) companies / ROWS.size()).isCloseTo(0.05, within(0.01));
    }

    @Test
    void theDirectoryAnswersAsEachRowsTruthSays() {
        RecipientDirectory directory = new SyntheticPopulation(3, 3000, YEAR).directory();
        List<SyntheticRow> rows = new ArrayList<>();
        new SyntheticPopulation(3, 3000, YEAR).rows().forEach(row -> {
            if (row.recipient().isPresent() && rows.stream().noneMatch(seen -> seen.recipient().equals(row.recipient()))) {
                rows.add(row);
            }
        });

        for (int from = 0; from < rows.size(); from += directory.maxBatchSize()) {
            List<SyntheticRow> batch = rows.subList(from, Math.min(rows.size(), from + directory.maxBatchSize()));
            List<Reachability> answers = directory.lookup(DemoTemplate.SENDER.organisationNumber(),
                    batch.stream().map(row -> row.recipient().orElseThrow()).toList());
            for (int i = 0; i < batch.size(); i++) {
                MailboxTruth truth = batch.get(i).truth();
                assertThat(answers.get(i).status()).isEqualTo(truth.status());
                assertThat(answers.get(i).mailbox().map(mailbox -> mailbox.operatorId()))
                        .isEqualTo(truth.operator().map(DemoOperator::id));
            }
        }
    }

    @Test
    void rowsLookLikeAnExport() {
        Map<String, String> first = ROWS.get(0).columns();

        assertThat(first.keySet()).containsExactly(Columns.CASE_ID, Columns.RECIPIENT_ID, Columns.NAME, Columns.STREET,
                Columns.POSTAL_CODE, Columns.POST_TOWN, Columns.SEX, Columns.BIRTH_YEAR, Columns.COUNTRY_OF_BIRTH,
                Columns.MUNICIPALITY, Columns.MUNICIPALITY_NAME, Columns.CODE);
        assertThat(first.get(Columns.POSTAL_CODE)).matches("\\d{3} \\d{2}");
        assertThat(first.get(Columns.MUNICIPALITY)).matches("\\d{4}");
        assertThat(ROWS).extracting(row -> row.columns().get(Columns.COUNTRY_OF_BIRTH)).filteredOn(group -> !group.isEmpty())
                .containsOnly("Sverige", "Norden", "EU", "övriga världen");
    }

    private static double reachableShare(Predicate<SyntheticRow> which) {
        List<SyntheticRow> persons = ROWS.stream()
                .filter(row -> !row.columns().get(Columns.BIRTH_YEAR).isEmpty())
                .filter(which)
                .toList();
        long reachable = persons.stream().filter(row -> row.truth().status() == Reachability.Status.REACHABLE).count();
        return (double) reachable / persons.size();
    }

    private static int age(SyntheticRow row) {
        return YEAR - Integer.parseInt(row.columns().get(Columns.BIRTH_YEAR));
    }

    private static boolean bornIn(SyntheticRow row, String group) {
        return row.columns().get(Columns.COUNTRY_OF_BIRTH).equals(group);
    }

    private static List<Map<String, String>> columns(SyntheticPopulation sample) {
        return StreamSupport.stream(sample.rows().spliterator(), false).map(SyntheticRow::columns).toList();
    }
}
