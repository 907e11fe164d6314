package se.scb.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.process.Fact;

/** A journal with known outcomes gives known figures, as Java values and as JSON. */
class DispatchReportTest {

    /** Decimals as written, scale and all: 0.3750 stays 0.3750, as the report wrote it. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static ReportFixture fixture;

    @BeforeAll
    static void send() {
        fixture = new ReportFixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void countsLettersByFinalStateAndReasonAndOperatorsByName() {
        DispatchReport report = fixture.report(ReportOptions.defaults());

        assertThat(report.letters()).isEqualTo(8);
        assertThat(report.outcomes()).extracting(count -> count.state() + "/" + count.reason().map(Enum::name).orElse("-") + "=" + count.letters())
                .containsExactly("DELIVERED/-=5", "HANDED_TO_PAPER/NO_MAILBOX=1", "HANDED_TO_PAPER/SENDER_BLOCKED=1", "FAILED/INVALID_RECIPIENT_ID=1");
        assertThat(report.operators()).extracting(operator -> operator.name() + "=" + operator.letters())
                .containsExactly("Kivra=3", "Min myndighetspost=2");
        assertThat(report.outcomes()).allSatisfy(count -> assertThat(count.state()).isNotEqualTo(DeliveryState.PLANNED));
        assertThat(report.outcomes().get(3).reason()).contains(ReasonCode.INVALID_RECIPIENT_ID);
    }

    @Test
    void processRatesAreOfTheLettersEachFactCanHoldForWithWilsonIntervals() {
        DispatchReport report = fixture.report(ReportOptions.defaults());

        assertThat(rate(report, Fact.DELIVERED)).isEqualTo("5/5");
        assertThat(rate(report, Fact.OPENED)).as("of the letters delivered digitally").isEqualTo("2/5");
        assertThat(rate(report, Fact.BLOCKED)).as("of all letters").isEqualTo("1/8");
        assertThat(rate(report, Fact.RESPONDED)).as("of the letters with a case").isEqualTo("3/8");
        RateFigure responded = report.processRates().stream().filter(rate -> rate.fact() == Fact.RESPONDED).findFirst().orElseThrow().rate().orElseThrow();
        assertThat(responded.rate()).isEqualTo(0.375);
        assertThat(responded.ci95().lower()).isCloseTo(wilsonLower(3, 8), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void timesToOpenAndToResponseAreBucketedFromDelivery() {
        DispatchReport report = fixture.report(ReportOptions.defaults());

        assertThat(report.timeToOpen().buckets()).extracting(TimeHistogram.Bucket::letters).containsExactly(0L, 1L, 0L, 1L, 0L, 0L, 0L);
        assertThat(report.timeToResponse().buckets()).as("5 h and 80 h; the paper letter's answer has no delivery to count from")
                .extracting(TimeHistogram.Bucket::letters).containsExactly(0L, 1L, 0L, 0L, 1L, 0L, 0L);
        assertThat(report.timeToOpen().letters()).isEqualTo(report.process().all().timeToOpen().count());
    }

    @Test
    void coverageCountsTheDispatchsOwnPersonsBySexAndAgeAndOrganisationsApart() {
        DispatchReport report = fixture.report(ReportOptions.defaults());

        assertThat(report.coverage().personCount()).as("the row that failed is left out").isEqualTo(6);
        assertThat(report.coverage().organisationCount()).isEqualTo(1);
        assertThat(report.coverage().groups()).extracting(group -> group.variable() + ":" + group.value() + "=" + group.digital() + "/"
                + group.recipients() + " blocked " + group.blocked())
                .containsExactly("sex:female=2/3 blocked 0", "sex:male=2/3 blocked 1", "age_group:16-29=1/1 blocked 0",
                        "age_group:30-49=2/2 blocked 0", "age_group:65-79=1/2 blocked 0", "age_group:80+=0/1 blocked 1");
    }

    @Test
    void costIsTheJournalsActualCostByChannelOperatorAndPerResponse() {
        DispatchReport report = fixture.fullReport();

        ReportCost cost = report.cost().orElseThrow();
        assertThat(cost.total()).isEqualByComparingTo("52.00");
        assertThat(cost.lines().byOperator()).containsOnlyKeys("kivra", "minmyndighetspost");
        assertThat(cost.lines().byOperator().get("kivra")).isEqualByComparingTo("12.00");
        assertThat(cost.responses()).isEqualTo(3);
        assertThat(cost.perResponse()).hasValueSatisfying(each -> assertThat(each).isEqualByComparingTo("17.33"));
        assertThat(cost.byArm()).as("the journal holds no arms yet").isEmpty();
        assertThat(fixture.report(ReportOptions.defaults()).cost()).as("without a price list").isEmpty();
    }

    @Test
    void theJsonHoldsTheKnownFigures() throws Exception {
        JsonNode json = MAPPER.readTree(fixture.fullReport().toJson());

        assertThat(json.get("letters").asLong()).isEqualTo(8);
        assertThat(json.at("/outcomes/0").toString()).isEqualTo("{\"state\":\"DELIVERED\",\"reason\":null,\"letters\":5}");
        assertThat(json.at("/operators/1").toString()).isEqualTo("{\"id\":\"minmyndighetspost\",\"name\":\"Min myndighetspost\",\"letters\":2}");
        assertThat(json.at("/process/facts/7").toString())
                .isEqualTo("{\"fact\":\"responded\",\"provided\":true,\"count\":3,\"outOf\":8,\"share\":0.3750,\"ci95\":[0.1368,0.6943]}");
        assertThat(json.at("/process/timeToOpen/medianHours").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(json.at("/process/timeToOpen/histogram/3").toString()).isEqualTo("{\"fromHours\":24,\"toHours\":72,\"letters\":1}");
        assertThat(json.at("/coverage/groups/1").toString()).isEqualTo(
                "{\"variable\":\"sex\",\"value\":\"male\",\"persons\":3,\"digital\":2,\"share\":0.6667,\"ci95\":[0.2077,0.9385],\"blocked\":1,\"pending\":0}");
        assertThat(json.at("/cost").toString()).isEqualTo("{\"currency\":\"SEK\",\"total\":52.00,\"byChannel\":{\"DIGITAL\":22.00,\"PAPER\":30.00},"
                + "\"byOperator\":{\"kivra\":12.00,\"minmyndighetspost\":10.00},\"byArm\":{},\"perResponse\":17.33,\"responses\":3,\"unpricedLetters\":0}");
        assertThat(json.at("/experiment/arms/1").toString()).startsWith(
                "{\"name\":\"letter-and-sms\",\"letters\":1000,\"responded\":250,\"rate\":0.2500,\"ci95\":[0.2242,0.2778]");
        assertThat(json.at("/experiment/comparisons/0").toString()).isEqualTo("{\"arm\":\"letter-and-sms\",\"baseline\":\"letter\","
                + "\"measure\":\"responded\",\"difference\":0.0500,\"ci95\":[0.0134,0.0865],\"pValue\":0.007420}");
    }

    @Test
    void withoutAnExperimentTheSectionIsAbsent() throws Exception {
        JsonNode json = MAPPER.readTree(fixture.report(ReportOptions.defaults()).toJson());

        assertThat(json.has("experiment")).isFalse();
        assertThat(json.has("cost")).isFalse();
    }

    @Test
    void noIdentityNumberIsShownUnmaskedAndAnUnknownDispatchIsRefused() {
        DispatchReport report = fixture.fullReport();
        String json = report.toJson();
        String html = report.toHtml(ReportLanguage.SV) + report.toHtml(ReportLanguage.EN);
        for (RecipientId person : fixture.people()) {
            assertThat(json + html).doesNotContain(person.canonical()).doesNotContain(person.formatted());
        }
        assertThatThrownBy(() -> DispatchReport.of(fixture.dispatcher(), "no-such-dispatch", ReportOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-dispatch");
    }

    private static String rate(DispatchReport report, Fact fact) {
        RateFigure rate = report.processRates().stream().filter(each -> each.fact() == fact).findFirst().orElseThrow().rate().orElseThrow();
        return rate.count() + "/" + rate.outOf();
    }

    /** The Wilson score interval's lower limit by its formula, apart from the library's. */
    static double wilsonLower(long successes, long trials) {
        double z = 1.959963984540054;
        double p = (double) successes / trials;
        double centre = p + z * z / (2 * trials);
        double spread = z * Math.sqrt(p * (1 - p) / trials + z * z / (4.0 * trials * trials));
        return (centre - spread) / (1 + z * z / trials);
    }
}
