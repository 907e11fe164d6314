package se.scb.dispatch.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.cost.PriceList;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.DispatcherExtension;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakeMailboxes;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestClock;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/**
 * A dispatch whose every figure is known (public for the tests of the report's internals): eight rows sent on 2026-11-30 (ages counted that day).
 * <ol>
 * <li>woman born 1990 (30-49), Kivra; opened after 2 h; responded after 5 h</li>
 * <li>man born 1990 (30-49), Kivra</li>
 * <li>woman born 1960 (65-79), Min myndighetspost; opened after 30 h</li>
 * <li>man born 2000 (16-29), Min myndighetspost; responded after 80 h</li>
 * <li>woman born 1950 (65-79), no mailbox: paper; responded after 100 h</li>
 * <li>man born 1940 (80+), blocks the sender: paper</li>
 * <li>an organisation at Kivra</li>
 * <li>a row whose id is no identity number: fails</li>
 * </ol>
 * Prices: digital 4.00 at Kivra and 5.00 elsewhere, paper (11 g) 15.00: 3 × 4 + 2 × 5 + 2 × 15 = 52.00, 17.33 per response.
 */
public final class ReportFixture implements AutoCloseable {

    static final Instant SENT_AT = Instant.parse("2026-11-30T08:00:00Z");

    static final String PRICES = """
            sheets_per_letter=1
            grams_per_sheet=5
            envelope_grams=6
            valid_from;channel;operator;max_grams;price_sek
            2026-07-01;DIGITAL;;;5.00
            2026-07-01;DIGITAL;kivra;;4.00
            2026-07-01;PAPER;;50;15.00
            """;

    private static final MessageTemplate TEMPLATE = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Inbjudan <till> \"undersökningen\" & mer")
            .text("Hej {{namn}}!")
            .build();

    private final TestClock clock = new TestClock(SENT_AT);
    private final FakeRecipientDirectory directory = FakeRecipientDirectory.builder().build();
    private final TestIdentityNumbers ids = new TestIdentityNumbers(7);
    private final FakeMailboxOperator operator = new FakeMailboxOperator().clock(clock);
    private final Dispatcher dispatcher;
    private final String dispatchId;
    private final List<RecipientId> people = new ArrayList<>();

    public ReportFixture() {
        dispatcher = Dispatcher.builder().recipientDirectory(directory).mailboxOperator(operator).paperChannel(new FakePaperChannel())
                .runSettings(DispatcherExtension.FAST).clock(clock).journal(Journal.inMemory()).build();
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(person(1, LocalDate.of(1990, 5, 1), true, Optional.of("kivra"), Optional.empty()));
        rows.add(person(2, LocalDate.of(1990, 6, 1), false, Optional.of("kivra"), Optional.empty()));
        rows.add(person(3, LocalDate.of(1960, 1, 1), true, Optional.of("minmyndighetspost"), Optional.empty()));
        rows.add(person(4, LocalDate.of(2000, 1, 1), false, Optional.of("minmyndighetspost"), Optional.empty()));
        rows.add(person(5, LocalDate.of(1950, 1, 1), true, Optional.empty(), Optional.of(Reachability.Status.NO_MAILBOX)));
        rows.add(person(6, LocalDate.of(1940, 1, 1), false, Optional.empty(), Optional.of(Reachability.Status.SENDER_BLOCKED)));
        OrganisationNumber company = ids.organisationNumber();
        directory.arrange(Reachability.reachable(company, FakeMailboxes.at("kivra")));
        rows.add(row(7, company.formatted()));
        rows.add(row(8, "not-an-id"));
        SendReport sent = dispatcher.send(PopulationSource.of(rows), TEMPLATE, DispatchOptions.named("Inbjudan"));
        dispatchId = sent.dispatchId();
        opened(1, Duration.ofHours(2));
        opened(3, Duration.ofHours(30));
        dispatcher.recordCaseEvents(List.of(responded(1, Duration.ofHours(5)), responded(4, Duration.ofHours(80)),
                responded(5, Duration.ofHours(100))));
        clock.advance(Duration.ofDays(10));
        dispatcher.pollProcessEvents();
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public String dispatchId() {
        return dispatchId;
    }

    public static PriceList prices() {
        return PriceList.parse("prices.csv", PRICES);
    }

    DispatchReport report(ReportOptions options) {
        return DispatchReport.of(dispatcher, dispatchId, options);
    }

    /** The report with prices and a two-arm experiment given as counts. */
    DispatchReport fullReport() {
        PriceList prices = prices();
        return report(ReportOptions.defaults().prices(prices, prices.paperWeight()).experiment(ExperimentReportTest.TWO_ARMS));
    }

    /** The unmasked identity numbers of the six persons, to check none is shown. */
    List<RecipientId> people() {
        return people;
    }

    private Map<String, String> person(int number, LocalDate born, boolean female, Optional<String> mailbox, Optional<Reachability.Status> not) {
        PersonalIdentityNumber person;
        do {
            person = ids.personalIdentityNumber(born);
        } while (((person.canonical().charAt(10) - '0') % 2 == 0) != female);
        people.add(person);
        PersonalIdentityNumber chosen = person;
        mailbox.ifPresent(operatorId -> directory.arrange(Reachability.reachable(chosen, FakeMailboxes.at(operatorId))));
        not.ifPresent(status -> directory.arrange(Reachability.unreachable(chosen, status)));
        return row(number, person.formatted());
    }

    private static Map<String, String> row(int number, String id) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("personnummer", id);
        row.put("namn", "Person " + number);
        row.put("utdelningsadress", "Storgatan 1");
        row.put("postnummer", "123 45");
        row.put("postort", "Ankeborg");
        row.put("case_id", "case-" + number);
        return row;
    }

    private void opened(int row, Duration after) {
        Letter letter = operator.received().stream().filter(each -> each.caseId().equals(Optional.of("case-" + row))).findFirst().orElseThrow();
        operator.emit(ProcessEvent.of("open-" + row, letter.messageId(), ProcessEvent.Kind.OPENED, SENT_AT.plus(after)));
    }

    private static CaseEvent responded(int row, Duration after) {
        return new CaseEvent("case-" + row, CaseEvent.Kind.RESPONDED, SENT_AT.plus(after), "web");
    }

    @Override
    public void close() {
        dispatcher.close();
        operator.close();
    }
}
