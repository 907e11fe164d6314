package se.scb.dispatch.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.cost.PriceList;
import se.scb.dispatch.report.ArmFigures;
import se.scb.dispatch.report.DispatchReport;
import se.scb.dispatch.report.ExperimentFigures;
import se.scb.dispatch.report.ReportFixture;
import se.scb.dispatch.report.ReportOptions;

/**
 * When the journal gives each letter an arm ({@code JournalEntry.arm()}), the report counts the arms itself in its one
 * pass, and prices them. The arms are made up here, odd rows "letter" and even rows "sms", as the journal gives them.
 */
class JournalArmsSeamTest {

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
    void theJournalsArmsAreCountedAndPricedInTheReportsOnePass() {
        PriceList prices = ReportFixture.prices();
        ReportReader reader = new ReportReader(fixture.dispatcher().dispatchLog(), fixture.dispatcher().operatorCapabilities().processEvents(),
                ReportOptions.defaults().prices(prices, prices.paperWeight()),
                letter -> Optional.of(letter.row().number() % 2 == 1 ? "letter" : "sms"));

        DispatchReport report = reader.read(fixture.dispatchId());

        ExperimentFigures experiment = report.experiment().orElseThrow();
        assertThat(experiment.arms()).extracting(ArmFigures::name).containsExactly("letter", "sms");
        ArmFigures letter = experiment.arms().get(0);
        ArmFigures sms = experiment.arms().get(1);
        // letter: rows 1, 3, 5 (paper), 7 (a company); sms: rows 2, 4, 6 (paper), 8 (failed).
        assertThat(letter.letters()).isEqualTo(4);
        assertThat(letter.responded().count()).isEqualTo(2);
        assertThat(letter.opened().orElseThrow().count()).isEqualTo(2);
        assertThat(letter.delivered().orElseThrow().count()).isEqualTo(3);
        assertThat(sms.responded().count()).isEqualTo(1);
        assertThat(sms.opened().orElseThrow().count()).isZero();
        assertThat(experiment.comparisons()).extracting(comparison -> comparison.measure()).containsExactly("responded", "opened", "delivered");
        assertThat(experiment.seed()).as("the design is not in the journal yet").isEmpty();
        // letter: Kivra 2 × 4.00 + Min myndighetspost 5.00 + paper 15.00; sms: 4.00 + 5.00 + 15.00.
        assertThat(report.cost().orElseThrow().byArm()).containsOnlyKeys("letter", "sms");
        assertThat(report.cost().orElseThrow().byArm().get("letter")).isEqualByComparingTo("28.00");
        assertThat(report.cost().orElseThrow().byArm().get("sms")).isEqualByComparingTo("24.00");
        assertThat(report.toJson()).contains("\"byArm\" : {\n      \"letter\" : 28.00,\n      \"sms\" : 24.00\n    }");
    }

    @Test
    void untilTheJournalKeepsArmsNoLetterHasOne() {
        DispatchReport report = DispatchReport.of(fixture.dispatcher(), fixture.dispatchId(), ReportOptions.defaults());

        assertThat(report.experiment()).isEmpty();
    }
}
