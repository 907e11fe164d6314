package se.scb.dispatch.journal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.id.Luhn;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.model.SendingWindow;
import se.scb.dispatch.plan.internal.PlanEntry;
import se.scb.dispatch.plan.internal.PlannedLetters;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.template.TestPdfs;

/** Journal values built the way the planner builds them, with valid identity numbers. */
public final class JournalFixtures {

    public static final MailboxAddress KIVRA = new MailboxAddress("kivra", "Kivra", "https://mailbox.example/kivra");
    public static final MailboxAddress MINA_MEDDELANDEN = new MailboxAddress("minameddelanden", "Mina meddelanden", "");
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1941, 1, 1);
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private JournalFixtures() {
    }

    /** The n:th of many distinct, valid personal identity numbers (n from 0). */
    public static RecipientId person(int n) {
        String payload = FIRST_BIRTH_DATE.plusDays(n / 900).format(YYMMDD) + (100 + n % 900);
        return RecipientId.parse("19" + payload.substring(0, 6) + "-" + payload.substring(6) + Luhn.checkDigit(payload));
    }

    /** A template with an attachment (a PDF of one empty page), as the codec writes it. */
    private static final String TEMPLATE_JSON = JournalCodec.template(MessageTemplate.builder()
            .sender(new Sender(new OrganisationNumber("162021005489"), "Statistikmyndigheten SCB"))
            .subject("Enkät om arbetsmarknaden")
            .text("Hej {name}, ditt ärende är {case}.")
            .attachment(Attachment.of("information.pdf", TestPdfs.onePage()))
            .build());

    /** A dispatch as the dispatcher records it, with a schedule that exercises every option the codec writes. */
    public static DispatchRecord dispatch(String id, Instant createdAt) {
        Schedule schedule = Schedule.immediately().startingAt(createdAt).atMostPerMinute(600).inWaves(2, Duration.ofHours(6))
                .within(SendingWindow.weekdays(8, 18));
        DispatchOptions options = DispatchOptions.named("AKU 2026 kvartal 4").createdBy("tester").paperOnDigitalFailure(true).schedule(schedule);
        return new DispatchRecord(id, options, "162021005489", "Enkät om arbetsmarknaden", TEMPLATE_JSON, DispatchState.PLANNING, createdAt,
                Optional.empty());
    }

    /** A full row of the source: variables in column order, the id as written, an address and a case id. */
    public static PopulationRow row(long number, RecipientId recipient) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("name", "Anna Andersson " + number);
        variables.put("pnr", recipient.formatted());
        variables.put("case", "C-" + number);
        return new PopulationRow(number, variables, recipient.formatted(),
                new PostalAddress("Anna Andersson", "c/o Berg", "Storgatan " + number, "123 45", "Örebro", ""), "C-" + number, Optional.empty());
    }

    public static JournalEntry digital(String dispatchId, long number, RecipientId recipient, Instant due) {
        MailboxAddress mailbox = number % 2 == 0 ? KIVRA : MINA_MEDDELANDEN;
        return planned(dispatchId, row(number, recipient), RecipientOutcome.digital(number, recipient, mailbox), due);
    }

    public static JournalEntry paper(String dispatchId, long number, RecipientId recipient, Instant due) {
        return planned(dispatchId, row(number, recipient),
                RecipientOutcome.of(number, Optional.of(recipient), ReasonCode.NO_MAILBOX, "Has no digital mailbox; goes on paper."), due);
    }

    /** A letter on paper because the recipient's mailbox at Kivra blocks the sender, since the time given. */
    public static JournalEntry blocked(String dispatchId, long number, RecipientId recipient, Instant since, Instant due) {
        Reachability answer = Reachability.blocked(recipient, KIVRA, Optional.of(since));
        return PlannedLetters.dueAt(dispatchId, new PlanEntry(row(number, recipient),
                RecipientOutcome.of(number, Optional.of(recipient), ReasonCode.SENDER_BLOCKED, "Blocks the sender; goes on paper."),
                Optional.of(answer)), due);
    }

    /** A row whose id column is not a valid number: failed in the plan, final from the start. */
    public static JournalEntry invalid(String dispatchId, long number, Instant due) {
        PopulationRow row = new PopulationRow(number, Map.of("name", "Bertil"), "19850615-0012", PostalAddress.empty(), "", Optional.empty());
        return planned(dispatchId, row,
                RecipientOutcome.of(number, Optional.empty(), ReasonCode.INVALID_RECIPIENT_ID, "The recipient id has a wrong check digit."), due);
    }

    /** A row that could not be read at all. */
    public static JournalEntry malformed(String dispatchId, long number, Instant due) {
        return planned(dispatchId, PopulationRow.malformed(number, "The row has 3 fields; the header has 5."),
                RecipientOutcome.of(number, Optional.empty(), ReasonCode.MALFORMED_ROW, "The row could not be read."), due);
    }

    /** A later row with a recipient an earlier row already has. */
    public static JournalEntry duplicate(String dispatchId, long number, RecipientId recipient, Instant due) {
        return planned(dispatchId, row(number, recipient),
                RecipientOutcome.of(number, Optional.of(recipient), ReasonCode.DUPLICATE_RECIPIENT, "An earlier row has this recipient."), due);
    }

    private static JournalEntry planned(String dispatchId, PopulationRow row, RecipientOutcome outcome, Instant due) {
        return PlannedLetters.dueAt(dispatchId, new PlanEntry(row, outcome), due);
    }
}
