package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {

    private static final JsonMapper JSON = new JsonMapper();

    @TempDir
    Path folder;

    /**
     * Two women and three men (the sex digit, second last, even for women) of known birth dates, and a company.
     * At 2026-12-01 the man born 2000-12-02 is still 25.
     */
    private Path[] survey() throws IOException {
        Path population = Fixtures.write(folder.resolve("urval.csv"), List.of(
                "personnummer;namn;utdelningsadress;postnummer;postort;Fodelseland",
                "19900501-0021;Anna;Storgatan 1;111 22;Stockholm;Sverige",
                "19500303-0045;Berit;Storgatan 2;111 22;Stockholm;Sverige",
                "20001202-0012;Carl;Storgatan 3;111 22;Stockholm;Utrikes",
                "19400101-0034;David;Storgatan 4;111 22;Stockholm;Utrikes",
                "19850615-0054;Erik;;;;Sverige",
                "556036-0793;Ekdahls Bygg AB;Hamngatan 2;411 01;Göteborg;"));
        Path reachability = Fixtures.write(folder.resolve("brevlador.csv"), List.of(
                "recipient_id;status;operator",
                "199005010021;REACHABLE;kivra",
                "195003030045;SENDER_BLOCKED;",
                "200012020012;REACHABLE;minmyndighetspost",
                "198506150054;PENDING;",
                "165560360793;REACHABLE;fortnox"));
        return new Path[] {population, reachability};
    }

    @Test
    void jsonGivesEachGroupItsCountsShareAndWilsonInterval() throws Exception {
        Path[] files = survey();
        Cli.Result result = Cli.run("coverage", "--population", files[0].toString(), "--reachability", files[1].toString(),
                "--by", "fodelseland", "--as-of", "2026-12-01", "--json");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("persons").asLong()).isEqualTo(5);
        assertThat(report.get("organisations").asLong()).isEqualTo(1);
        List<JsonNode> groups = new ArrayList<>();
        report.get("groups").forEach(groups::add);
        assertThat(groups).extracting(g -> g.get("variable").asText(), g -> g.get("value").asText(), g -> g.get("persons").asLong(),
                g -> g.get("digital").asLong(), g -> g.get("blocked").asLong(), g -> g.get("pending").asLong()).containsExactly(
                        tuple("sex", "female", 2L, 1L, 1L, 0L),
                        tuple("sex", "male", 3L, 1L, 0L, 1L),
                        tuple("age_group", "16-29", 1L, 1L, 0L, 0L),
                        tuple("age_group", "30-49", 2L, 1L, 0L, 1L),
                        tuple("age_group", "65-79", 1L, 0L, 1L, 0L),
                        tuple("age_group", "80+", 1L, 0L, 0L, 0L),
                        tuple("Fodelseland", "Sverige", 3L, 1L, 1L, 1L),
                        tuple("Fodelseland", "Utrikes", 2L, 1L, 0L, 0L));
        JsonNode women = groups.get(0);
        assertThat(women.get("share").asDouble()).isEqualTo(0.5);
        assertThat(women.get("ci95").get(0).asDouble()).isCloseTo(0.09453120573423073, within(1e-9));
        assertThat(women.get("ci95").get(1).asDouble()).isCloseTo(0.90546879426576927, within(1e-9));
        JsonNode sweden = groups.get(6);
        assertThat(sweden.get("ci95").get(0).asDouble()).isCloseTo(0.061491944720396242, within(1e-9));
        assertThat(sweden.get("ci95").get(1).asDouble()).isCloseTo(0.79234039919795225, within(1e-9));
        assertThat(report.get("allPersons").get("digital").asLong()).isEqualTo(2);
        assertThat(report.get("allPersons").get("ci95").get(1).asDouble()).isCloseTo(0.76927571872398704, within(1e-9));
        assertThat(report.get("allOrganisations").get("organisations").asLong()).isEqualTo(1);
        assertThat(report.get("allOrganisations").get("ci95").get(1).asDouble()).isEqualTo(1.0);
    }

    @Test
    void onlyValidRecipientsCountOnceAndTheTemplateDoesNotMatter() throws Exception {
        Fixtures fixtures = new Fixtures(folder);

        JsonNode report = JSON.readTree(Cli.run("coverage", "--population", fixtures.population.toString(),
                "--reachability", fixtures.reachability.toString(), "--json").out());

        // Nine rows: a typo and a repeated person are left out; the row without {{kod}} and the one without a street count.
        assertThat(report.get("persons").asLong()).isEqualTo(6);
        assertThat(report.get("organisations").asLong()).isEqualTo(1);
        assertThat(report.get("allPersons").get("digital").asLong()).isEqualTo(2);
        assertThat(report.get("allPersons").get("blocked").asLong()).isEqualTo(1);
        assertThat(report.get("allPersons").get("pending").asLong()).isEqualTo(1);
        fixtures.unmaskedForms().forEach(id -> assertThat(report.toString()).doesNotContain(id));
    }

    @Test
    void theTextTableShowsSharesAndIntervalsInPercent() throws Exception {
        Path[] files = survey();
        Cli.Result result = Cli.run("coverage", "--population", files[0].toString(), "--reachability", files[1].toString(),
                "--as-of", "2026-12-01");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Valid persons: 5, organisations: 1 (ages at 2026-12-01)");
        assertThat(result.out().lines().filter(line -> line.strip().startsWith("sex")).findFirst().orElseThrow())
                .contains("female").contains("50.0%").contains("9.5% – 90.5%");
    }

    @Test
    void aColumnThePopulationLacksIsNamed() throws Exception {
        Path[] files = survey();
        Cli.Result result = Cli.run("coverage", "--population", files[0].toString(), "--reachability", files[1].toString(),
                "--by", "lan");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--by lan: the population has no such column; it has personnummer, namn");
        assertThat(result.errLines()).isEqualTo(1);
    }

    @Test
    void badAgeGroupsAndAMissingSenderAreUsageErrors() throws Exception {
        Path[] files = survey();
        Cli.Result groups = Cli.run("coverage", "--population", files[0].toString(), "--reachability", files[1].toString(),
                "--age-groups", "16-29,31+");
        Path config = Fixtures.write(folder.resolve("dispatch.properties"), List.of("dispatch.recipient-directory=fake"));
        Cli.Result sender = Cli.run("coverage", "--population", files[0].toString(), "--config", config.toString());

        assertThat(groups.exitCode()).isEqualTo(2);
        assertThat(groups.err()).contains("--age-groups: Age group '31+' must start the year after '16-29' ends");
        assertThat(sender.exitCode()).isEqualTo(2);
        assertThat(sender.err()).contains("--sender");
    }
}
