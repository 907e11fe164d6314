package se.scb.dispatch.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewOptions;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.preview.RenderedSample;
import se.scb.dispatch.preview.VariableSummary;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;

class PreviewerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), RecipientId.SWEDEN);
    private static final String[] PEOPLE = {"19121212-1212", "19800101-0019", "19900101-0017", "20010101-0015", "19850505-0016"};

    private final MessageTemplate template = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Hej {{namn}}")
            .text("Din kod är {{kod}} och du bor i {{kommun}}.")
            .build();

    @Test
    void describesEveryColumnAndWhatTheTemplateLacks() {
        PreviewReport report = new Previewer(CLOCK).preview(source(), template, PreviewOptions.defaults());

        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.missingFromSource()).containsExactly("kommun");
        assertThat(report.unusedColumns()).containsExactly("personnummer", "kön");
        assertThat(report.addressColumns()).containsExactly("namn");
        VariableSummary sex = summary(report, "kön");
        assertThat(sex.filled()).isEqualTo(4);
        assertThat(sex.distinct()).isEqualTo(2);
        assertThat(sex.topValues()).first().isEqualTo(new VariableSummary.ValueCount("K", 3));
        assertThat(sex.usedByTemplate()).isFalse();
        assertThat(summary(report, "namn").usedByTemplate()).isTrue();
    }

    @Test
    void neverShowsTheValuesOfTheRecipientColumn() {
        PreviewReport report = new Previewer(CLOCK).preview(source(), template, PreviewOptions.defaults());

        VariableSummary ids = summary(report, "personnummer");
        assertThat(ids.filled()).isEqualTo(5);
        assertThat(ids.distinct()).isEqualTo(5);
        assertThat(ids.topValues()).isEmpty();
        assertThat(report.samples()).extracting(RenderedSample::recipient).containsExactly("19121212-****", "19800101-****", "19900101-****");
    }

    @Test
    void rendersTheFirstRowsOrASeededRandomPick() {
        MessageTemplate complete = MessageTemplate.builder()
                .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
                .subject("Hej {{namn}}")
                .text("Din kod är {{kod}}.")
                .build();

        PreviewReport first = new Previewer(CLOCK).preview(source(), complete, PreviewOptions.defaults());
        PreviewReport picked = new Previewer(CLOCK).preview(source(), complete, PreviewOptions.defaults().withRandomSamples(2, 42));
        PreviewReport again = new Previewer(CLOCK).preview(source(), complete, PreviewOptions.defaults().withRandomSamples(2, 42));

        assertThat(first.samples()).extracting(RenderedSample::row).containsExactly(1L, 2L, 3L);
        assertThat(first.samples().get(0).subject()).contains("Hej Anna");
        assertThat(first.samples().get(0).text()).contains("Din kod är A1.");
        assertThat(picked.samples()).hasSize(2).isEqualTo(again.samples());
        assertThat(picked.samples().get(1).missing()).isEmpty();
    }

    @Test
    void addressColumnsAreUsedForPaperNotUnusedWhetherTheTemplateUsesThemOrNot() {
        List<Map<String, String>> rows = List.of(Map.of("personnummer", PEOPLE[0], "namn", "Anna", "kod", "A1",
                "utdelningsadress", "Storgatan 1", "postnummer", "111 22", "postort", "Stockholm", "kön", "K"));
        PopulationSource withAddress = PopulationSource.of(rows);

        PreviewReport report = new Previewer(CLOCK).preview(withAddress, template, PreviewOptions.defaults());

        assertThat(report.addressColumns()).containsExactly("namn", "utdelningsadress", "postnummer", "postort");
        assertThat(report.unusedColumns()).containsExactlyInAnyOrder("personnummer", "kön");
    }

    @Test
    void aSampleRowThatLacksAVariableSaysWhich() {
        PreviewReport report = new Previewer(CLOCK).preview(source(), template, PreviewOptions.defaults());

        assertThat(report.samples().get(0).missing()).containsExactly("kommun");
        assertThat(report.samples().get(0).subject()).isEmpty();
    }

    private static VariableSummary summary(PreviewReport report, String name) {
        return report.variables().stream().filter(variable -> variable.name().equals(name)).findFirst().orElseThrow();
    }

    private static PopulationSource source() {
        String[] names = {"Anna", "Bo", "Cecilia", "Dina", "Eva"};
        String[] sexes = {"K", "M", "K", "K", ""};
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("personnummer", PEOPLE[i]);
            row.put("namn", names[i]);
            row.put("kod", String.valueOf(names[i].charAt(0)) + (i + 1));
            row.put("kön", sexes[i]);
            rows.add(row);
        }
        return PopulationSource.of(rows);
    }
}
