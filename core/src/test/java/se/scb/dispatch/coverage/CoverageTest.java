package se.scb.dispatch.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.CoordinationNumber;
import se.scb.dispatch.id.Luhn;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Reachability.Status;

class CoverageTest {

    private static final LocalDate DISPATCH_DAY = LocalDate.of(2026, 12, 1);

    private final Coverage coverage = Coverage.tally(List.of("fodelseland"), AgeGroups.standard(), DISPATCH_DAY);

    /** A valid personnummer born on {@code born} whose sex digit is {@code sexDigit} (odd: man, even: woman). */
    private static RecipientId person(String born, int sexDigit) {
        String payload = born.substring(2) + "00" + sexDigit;
        return new PersonalIdentityNumber(born + "00" + sexDigit + Luhn.checkDigit(payload));
    }

    @Test
    void countsPersonsBySexAgeAtTheDispatchDayAndColumn() {
        // 30 on the day itself, 29 the day before their birthday, 80 exactly, 15.
        coverage.add(person("19961201", 2), Status.REACHABLE, Map.of("fodelseland", "Sverige"));
        coverage.add(person("19961202", 1), Status.NO_MAILBOX, Map.of("fodelseland", "Sverige"));
        coverage.add(person("19461201", 4), Status.SENDER_BLOCKED, Map.of("fodelseland", "Norden utom Sverige"));
        coverage.add(person("20110101", 3), Status.PENDING, Map.of("fodelseland", " "));
        coverage.add(new OrganisationNumber("162021005489"), Status.REACHABLE, Map.of());

        CoverageReport report = coverage.report();

        assertThat(report.personCount()).isEqualTo(4);
        assertThat(report.organisationCount()).isEqualTo(1);
        assertThat(report.groups()).extracting(CoverageGroup::variable, CoverageGroup::value, CoverageGroup::recipients,
                CoverageGroup::digital, CoverageGroup::blocked, CoverageGroup::pending).containsExactly(
                        tuple("sex", "female", 2L, 1L, 1L, 0L),
                        tuple("sex", "male", 2L, 0L, 0L, 1L),
                        tuple("age_group", "0-15", 1L, 0L, 0L, 1L),
                        tuple("age_group", "16-29", 1L, 0L, 0L, 0L),
                        tuple("age_group", "30-49", 1L, 1L, 0L, 0L),
                        tuple("age_group", "80+", 1L, 0L, 1L, 0L),
                        tuple("fodelseland", "(blank)", 1L, 0L, 0L, 1L),
                        tuple("fodelseland", "Norden utom Sverige", 1L, 0L, 1L, 0L),
                        tuple("fodelseland", "Sverige", 2L, 1L, 0L, 0L));
    }

    @Test
    void aCoordinationNumberIsAPersonBornSixtyDaysEarlierInTheWrittenDay() {
        String payload = "5001710023";
        coverage.add(new CoordinationNumber("19" + payload.substring(0, 9) + Luhn.checkDigit(payload.substring(0, 9))), Status.REACHABLE,
                Map.of());

        assertThat(coverage.report().groupsOf("age_group")).extracting(CoverageGroup::value).containsExactly("65-79");
        assertThat(coverage.report().groupsOf("sex")).extracting(CoverageGroup::value).containsExactly("female");
    }

    @Test
    void aGroupsShareAndIntervalAreItsDigitalOverItsPersons() {
        for (int i = 0; i < 81; i++) {
            coverage.add(person("19800101", 1), Status.REACHABLE, Map.of());
        }
        for (int i = 0; i < 182; i++) {
            coverage.add(person("19800101", 1), Status.NO_MAILBOX, Map.of());
        }

        CoverageGroup men = coverage.report().groupsOf("sex").get(0);

        assertThat(men.share()).isEqualTo(81.0 / 263.0);
        assertThat(men.ci95().lower()).isCloseTo(0.25528851987827423, within(1e-9));
        assertThat(men.ci95().upper()).isCloseTo(0.36620957698280006, within(1e-9));
        assertThat(men.noMailbox()).isEqualTo(182);
    }

    @Test
    void nothingCountedGivesNoGroups() {
        CoverageReport report = coverage.report();

        assertThat(report.persons()).isEmpty();
        assertThat(report.groups()).isEmpty();
        assertThat(report.asOf()).isEqualTo(DISPATCH_DAY);
    }

    @Test
    void ageGroupsAreParsedAndTheirMistakesNamed() {
        assertThat(AgeGroups.parse("18-34, 35-64,65+").labels()).containsExactly("0-17", "18-34", "35-64", "65+");
        assertThat(AgeGroups.parse("0-64,65+").labels()).containsExactly("0-64", "65+");
        assertThat(AgeGroups.standard()).hasToString("0-15,16-29,30-49,50-64,65-79,80+");
        assertThat(AgeGroups.standard().labelOf(-1)).isEqualTo("0-15");

        assertThatThrownBy(() -> AgeGroups.parse("16-29,31-49,50+")).hasMessage("Age group '31-49' must start the year after '16-29' ends");
        assertThatThrownBy(() -> AgeGroups.parse("16-29,30-49")).hasMessageStartingWith("Age group '30-49': write bands as 16-29, the last open");
        assertThatThrownBy(() -> AgeGroups.parse("16+,30+")).hasMessageStartingWith("Age group '16+'");
        assertThatThrownBy(() -> AgeGroups.parse("30-20,21+")).hasMessage("Age group '30-20' ends before it starts");
    }
}
