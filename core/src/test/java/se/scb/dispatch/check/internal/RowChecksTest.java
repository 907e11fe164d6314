package se.scb.dispatch.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;

/** The checks per row, in their documented order: the first that fails decides the reason. */
class RowChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), RecipientId.SWEDEN);
    private static final String TOLVAN = "19121212-1212";
    private static final String BAD_CHECK_DIGIT = "19121212-1213";
    private static final PostalAddress NO_ADDRESS = PostalAddress.empty();

    private final MessageTemplate template = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489", CLOCK), "Statistikmyndigheten"))
            .subject("Inbjudan")
            .text("Hej {{namn}}!")
            .build();

    @Test
    void a_malformed_row_fails_first_whatever_else_is_wrong_with_it() {
        RowChecks checks = checks(2_000_000);
        assertThat(reason(checks.check(PopulationRow.malformed(1, "The row has 3 fields; the header has 5.")))).contains(ReasonCode.MALFORMED_ROW);
    }

    @Test
    void the_recipient_id_is_checked_before_the_variables_and_its_message_hides_the_digits() {
        RowVerdict verdict = checks(2_000_000).check(row(1, BAD_CHECK_DIGIT, Map.of()));
        assertThat(reason(verdict)).contains(ReasonCode.INVALID_RECIPIENT_ID);
        assertThat(verdict.failure().orElseThrow().message()).doesNotContain("1212");
        assertThat(reason(checks(2_000_000).check(row(2, "", Map.of("namn", "Anna"))))).contains(ReasonCode.INVALID_RECIPIENT_ID);
    }

    @Test
    void a_second_row_for_the_same_recipient_is_a_duplicate_in_any_written_form_before_its_variables_are_looked_at() {
        RowChecks checks = checks(2_000_000);
        assertThat(checks.check(row(1, TOLVAN, Map.of("namn", "Tolvan"))).failure()).isEmpty();
        assertThat(reason(checks.check(row(2, "191212121212", Map.of())))).contains(ReasonCode.DUPLICATE_RECIPIENT);
    }

    @Test
    void a_row_that_leaves_a_variable_blank_fails_naming_the_placeholder() {
        RowVerdict verdict = checks(2_000_000).check(row(1, TOLVAN, Map.of("namn", " ")));
        assertThat(reason(verdict)).contains(ReasonCode.MISSING_VARIABLE);
        assertThat(verdict.failure().orElseThrow().message()).contains("{{namn}}");
    }

    @Test
    void a_row_that_passes_goes_to_routing_with_its_recipient_and_any_content_problem_for_later() {
        RowVerdict fits = checks(2_000_000).check(row(1, TOLVAN, Map.of("namn", "Tolvan")));
        assertThat(fits.failure()).isEmpty();
        assertThat(fits.recipient()).isEqualTo(RecipientId.parse(TOLVAN, CLOCK));
        assertThat(fits.contentProblem()).isEmpty();

        RowVerdict tooBig = checks(10).check(row(1, TOLVAN, Map.of("namn", "Tolvan")));
        assertThat(tooBig.failure()).isEmpty();
        assertThat(tooBig.contentProblem()).hasValueSatisfying(problem -> assertThat(problem).contains("the operator takes at most 10"));
    }

    @Test
    void a_letter_too_long_for_paper_goes_to_routing_with_the_problem_it_has_on_paper() {
        RowVerdict fits = checks(2_000_000).check(row(1, TOLVAN, Map.of("namn", "Tolvan")));
        assertThat(fits.paperProblem()).isEmpty();

        String pages = "Tolvan ".repeat(3_000);
        RowVerdict tooLong = checks(2_000_000).check(row(1, TOLVAN, Map.of("namn", pages)));
        assertThat(tooLong.failure()).isEmpty();
        assertThat(tooLong.paperProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("a paper letter holds at most 20000 (about ten pages)").doesNotContain("Tolvan"));
    }

    private RowChecks checks(long maxMessageBytes) {
        return new RowChecks(template, new OperatorCapabilities(maxMessageBytes, Set.of("text/plain"), Set.of("application/pdf"), Set.of()), CLOCK);
    }

    private static PopulationRow row(long number, String recipient, Map<String, String> variables) {
        return new PopulationRow(number, variables, recipient, NO_ADDRESS, "", Optional.empty());
    }

    private static Optional<ReasonCode> reason(RowVerdict verdict) {
        return verdict.failure().flatMap(RecipientOutcome::reason);
    }
}
