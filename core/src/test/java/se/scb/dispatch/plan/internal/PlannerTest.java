package se.scb.dispatch.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.routing.internal.Router;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.validation.ValidationReport;

class PlannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), RecipientId.SWEDEN);
    private static final PostalAddress HOME = new PostalAddress("Tolvan Tolvansson", "", "Storgatan 1", "123 45", "Ankeborg", "");
    private static final MailboxAddress KIVRA = new MailboxAddress("kivra", "Kivra", "");

    // Valid numbers (Luhn checked): persons born 1912, 1980, 1990, 2001, and an organisation.
    private static final String TOLVAN = "19121212-1212";
    private static final String REACHABLE = "19800101-0019";
    private static final String BLOCKED = "19900101-0017";
    private static final String PENDING = "20010101-0015";
    private static final String NO_BOX = "19850505-0016";

    private final Map<RecipientId, Reachability.Status> answers = new LinkedHashMap<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private int maxBatch = 1000;
    private long maxMessageBytes = 2_000_000;

    private final MessageTemplate template = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489", CLOCK), "Statistikmyndigheten"))
            .subject("Inbjudan till undersökning")
            .text("Hej {{namn}}! Din kod är {{kod|saknas}}.")
            .build();

    PlannerTest() {
        answers.put(id(REACHABLE), Reachability.Status.REACHABLE);
        answers.put(id(TOLVAN), Reachability.Status.REACHABLE);
        answers.put(id(BLOCKED), Reachability.Status.SENDER_BLOCKED);
        answers.put(id(PENDING), Reachability.Status.PENDING);
    }

    @Test
    void givesEachRowItsOutcomeInRowOrder() {
        List<RecipientOutcome> outcomes = plan(false,
                row(1, REACHABLE, HOME),
                row(2, BLOCKED, HOME),
                row(3, PENDING, HOME),
                row(4, NO_BOX, HOME));

        assertThat(outcomes).extracting(RecipientOutcome::row, RecipientOutcome::outcome, o -> o.reason().orElse(null), o -> o.operatorId().orElse(null))
                .containsExactly(
                        tuple(1L, Outcome.DIGITAL, null, "kivra"),
                        tuple(2L, Outcome.PAPER, ReasonCode.SENDER_BLOCKED, null),
                        tuple(3L, Outcome.PAPER, ReasonCode.MAILBOX_PENDING, null),
                        tuple(4L, Outcome.PAPER, ReasonCode.NO_MAILBOX, null));
    }

    @Test
    void failsRowsThatCannotBeReadOrAddressed() {
        List<RecipientOutcome> outcomes = plan(false,
                PopulationRow.malformed(1, "row has 3 fields, the header has 6"),
                row(2, "19121212-1213", HOME),
                row(3, "", HOME),
                row(4, REACHABLE, HOME),
                rowWithout("namn", 5, TOLVAN, HOME),
                row(6, "191212121212", HOME),
                row(7, NO_BOX, new PostalAddress("Namn", "", "", "123 45", "Stad", "")));

        assertThat(outcomes).extracting(o -> o.reason().orElse(null)).containsExactly(
                ReasonCode.MALFORMED_ROW,
                ReasonCode.INVALID_RECIPIENT_ID,
                ReasonCode.INVALID_RECIPIENT_ID,
                null,
                ReasonCode.MISSING_VARIABLE,
                ReasonCode.DUPLICATE_RECIPIENT,
                ReasonCode.ADDRESS_INCOMPLETE);
        assertThat(outcomes.get(0).message()).contains("row has 3 fields");
        assertThat(outcomes.get(4).message()).contains("{{namn}}");
        assertThat(outcomes.get(6).message()).contains("street");
    }

    @Test
    void theFirstRowKeepsThePersonEvenWhenItFails() {
        List<RecipientOutcome> outcomes = plan(false,
                rowWithout("namn", 1, TOLVAN, HOME),
                row(2, "121212+1212", HOME));

        assertThat(outcomes).extracting(o -> o.reason().orElseThrow())
                .containsExactly(ReasonCode.MISSING_VARIABLE, ReasonCode.DUPLICATE_RECIPIENT);
    }

    @Test
    void checksComeInTheDocumentedOrder() {
        PostalAddress noAddress = new PostalAddress("", "", "", "", "", "");
        List<RecipientOutcome> outcomes = plan(false,
                // An invalid id wins over a missing variable.
                rowWithout("namn", 1, "19121212-1213", noAddress),
                // A missing variable wins over routing and the address.
                rowWithout("namn", 2, NO_BOX, noAddress),
                // A digital recipient needs no address.
                row(3, REACHABLE, noAddress));

        assertThat(outcomes).extracting(RecipientOutcome::outcome, o -> o.reason().orElse(null)).containsExactly(
                tuple(Outcome.FAILED, ReasonCode.INVALID_RECIPIENT_ID),
                tuple(Outcome.FAILED, ReasonCode.MISSING_VARIABLE),
                tuple(Outcome.DIGITAL, null));
    }

    @Test
    void aLetterTooLargeForTheOperatorFailsOnlyWhenItGoesDigital() {
        maxMessageBytes = 10;

        List<RecipientOutcome> outcomes = plan(false, row(1, REACHABLE, HOME), row(2, NO_BOX, HOME));

        assertThat(outcomes).extracting(o -> o.reason().orElseThrow())
                .containsExactly(ReasonCode.CONTENT_TOO_LARGE, ReasonCode.NO_MAILBOX);
        assertThat(outcomes.get(0).message()).contains("at most 10");
    }

    @Test
    void aLetterTooLongForPaperFailsOnlyWhenItGoesOnPaper() {
        PostalAddress longNamed = new PostalAddress("Tolvan " + "Tolvansson".repeat(2_100), "", "Storgatan 1", "123 45", "Ankeborg", "");
        Map<String, String> variables = Map.of("namn", longNamed.name(), "personnummer", NO_BOX);

        List<RecipientOutcome> outcomes = plan(false, new PopulationRow(1, variables, NO_BOX, HOME, "", Optional.empty()),
                new PopulationRow(2, Map.of("namn", longNamed.name(), "personnummer", REACHABLE), REACHABLE, HOME, "", Optional.empty()));

        assertThat(outcomes).extracting(RecipientOutcome::outcome, o -> o.reason().orElse(null)).containsExactly(
                tuple(Outcome.FAILED, ReasonCode.CONTENT_TOO_LARGE),
                tuple(Outcome.DIGITAL, null));
        assertThat(outcomes.get(0).message()).contains("a paper letter holds at most");
    }

    @Test
    void paperOnlyAsksNoDirectory() {
        List<RecipientOutcome> outcomes = plan(true, row(1, REACHABLE, HOME), row(2, NO_BOX, new PostalAddress("", "", "", "", "", "")));

        assertThat(outcomes).extracting(o -> o.reason().orElseThrow())
                .containsExactly(ReasonCode.PAPER_ONLY, ReasonCode.ADDRESS_INCOMPLETE);
        assertThat(batchSizes).isEmpty();
    }

    @Test
    void asksTheDirectoryInBatchesNoLargerThanItTakes() {
        maxBatch = 3;
        List<PopulationRow> rows = new ArrayList<>();
        String[] people = {REACHABLE, BLOCKED, PENDING, NO_BOX, TOLVAN};
        for (int i = 0; i < people.length; i++) {
            rows.add(row(i + 1, people[i], HOME));
        }
        rows.add(PopulationRow.malformed(6, "broken"));
        rows.add(row(7, "197001010011", HOME));

        List<RecipientOutcome> outcomes = plan(false, rows.toArray(PopulationRow[]::new));

        assertThat(outcomes).extracting(RecipientOutcome::row).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(batchSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(3)).containsExactly(3, 3);
    }

    @Test
    void countsAddUp() {
        ValidationReport report = new Planner(new Router(directory()), capabilities(), CLOCK)
                .plan(source(row(1, REACHABLE, HOME), row(2, NO_BOX, HOME), row(3, "x", HOME)), template, false, entry -> {
                });

        assertThat(report.total()).isEqualTo(3);
        assertThat(report.outcomes()).containsEntry(Outcome.DIGITAL, 1L).containsEntry(Outcome.PAPER, 1L).containsEntry(Outcome.FAILED, 1L);
        assertThat(report.reasons()).containsOnlyKeys(ReasonCode.NO_MAILBOX, ReasonCode.INVALID_RECIPIENT_ID);
        assertThat(report.operators()).containsExactly(Map.entry("kivra", 1L));
    }

    private List<RecipientOutcome> plan(boolean paperOnly, PopulationRow... rows) {
        List<RecipientOutcome> outcomes = new ArrayList<>();
        new Planner(new Router(directory()), capabilities(), CLOCK).plan(source(rows), template, paperOnly, entry -> outcomes.add(entry.outcome()));
        return outcomes;
    }

    private OperatorCapabilities capabilities() {
        return new OperatorCapabilities(maxMessageBytes, Set.of("text/plain"), Set.of("application/pdf"), Set.of());
    }

    private RecipientDirectory directory() {
        return new RecipientDirectory() {
            @Override
            public int maxBatchSize() {
                return maxBatch;
            }

            @Override
            public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
                batchSizes.add(recipients.size());
                return recipients.stream().map(recipient -> {
                    Reachability.Status status = answers.getOrDefault(recipient, Reachability.Status.NO_MAILBOX);
                    return status == Reachability.Status.REACHABLE
                            ? Reachability.reachable(recipient, KIVRA)
                            : Reachability.unreachable(recipient, status);
                }).toList();
            }
        };
    }

    private static RecipientId id(String text) {
        return RecipientId.parse(text, CLOCK);
    }

    private static PopulationRow row(long number, String recipient, PostalAddress address) {
        return new PopulationRow(number, Map.of("namn", address.name().isEmpty() ? "Någon" : address.name(), "personnummer", recipient),
                recipient, address, "", Optional.empty());
    }

    private static PopulationRow rowWithout(String variable, long number, String recipient, PostalAddress address) {
        Map<String, String> variables = new LinkedHashMap<>(row(number, recipient, address).variables());
        variables.remove(variable);
        return new PopulationRow(number, variables, recipient, address, "", Optional.empty());
    }

    private static PopulationSource source(PopulationRow... rows) {
        return new PopulationSource() {
            @Override
            public PopulationReader open() {
                Iterator<PopulationRow> iterator = List.of(rows).iterator();
                return new PopulationReader() {
                    @Override
                    public List<String> columns() {
                        return List.of("personnummer", "namn");
                    }

                    @Override
                    public void close() {
                    }

                    @Override
                    public boolean hasNext() {
                        return iterator.hasNext();
                    }

                    @Override
                    public PopulationRow next() {
                        return iterator.next();
                    }
                };
            }

            @Override
            public String description() {
                return "rows in a test";
            }
        };
    }
}
