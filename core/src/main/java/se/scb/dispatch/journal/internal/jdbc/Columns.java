package se.scb.dispatch.journal.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.LookupFacts;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.spi.Reachability.Status;

/** How journal values map to columns and back; the one place that knows the column order of each insert. */
final class Columns {

    /** A whole letter, from {@link Tables#lettersWhole()}: the state from {@code r}, the rest from {@code c}. */
    static final String LETTER = "r.dispatch_id, r.row_no, r.message_id, c.recipient_id, c.recipient_text, r.outcome, r.plan_reason,"
            + " c.plan_message, r.operator_id, c.operator_name, c.service_address, c.case_id, c.variables_json, c.address_json, c.malformed,"
            + " r.state, r.reason, r.attempts, r.due_at, r.paper_batch, c.lookup_status, c.lookup_operator_id, c.lookup_operator_name,"
            + " c.lookup_service_address, c.sender_accept_changed_at, c.arm";

    /** The letters table: what changes as a letter goes, kept small so that rewriting its pages is cheap. */
    static final String LETTER_STATE = "dispatch_id, row_no, message_id, outcome, plan_reason, operator_id, state, reason, attempts, due_at,"
            + " paper_batch";
    static final String LETTER_STATE_PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    /** The letter_data table: what the plan wrote once (the personal data among it), read when the letter is sent. */
    static final String LETTER_DATA = "dispatch_id, row_no, recipient_id, recipient_text, plan_message, operator_name, service_address, case_id,"
            + " variables_json, address_json, malformed, lookup_status, lookup_operator_id, lookup_operator_name, lookup_service_address,"
            + " sender_accept_changed_at, arm";
    static final String LETTER_DATA_PARAMETERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    static final String LOG = "dispatch_id, row_no, at, type, code, detail";
    static final String LOG_PARAMETERS = "?, ?, ?, ?, ?, ?";

    static final String DISPATCH = "id, options_json, sender, subject, template_json, state, created_at, purged_at";

    private Columns() {
    }

    /**
     * An instant as the journal stores it: UTC, to the microsecond. PostgreSQL keeps no finer time, so
     * both databases get the same value and give back exactly what they were given.
     */
    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Binds the {@link #LETTER_STATE} columns from the first parameter on. */
    static void bindLetterState(PreparedStatement insert, JournalEntry entry) throws SQLException {
        RecipientOutcome plan = entry.plan();
        insert.setString(1, entry.dispatchId());
        insert.setLong(2, entry.row().number());
        insert.setString(3, entry.messageId());
        insert.setString(4, plan.outcome().name());
        insert.setString(5, plan.reason().map(ReasonCode::name).orElse(null));
        insert.setString(6, plan.mailbox().map(MailboxAddress::operatorId).orElse(null));
        insert.setString(7, entry.state().name());
        insert.setString(8, entry.reason().map(ReasonCode::name).orElse(null));
        insert.setInt(9, entry.attempts());
        insert.setObject(10, time(entry.dueAt()));
        insert.setString(11, entry.paperBatch().orElse(null));
    }

    /** Binds the {@link #LETTER_DATA} columns from the first parameter on. */
    static void bindLetterData(PreparedStatement insert, JournalEntry entry) throws SQLException {
        PopulationRow row = entry.row();
        RecipientOutcome plan = entry.plan();
        Optional<MailboxAddress> mailbox = plan.mailbox();
        insert.setString(1, entry.dispatchId());
        insert.setLong(2, row.number());
        insert.setString(3, plan.recipient().map(RecipientId::canonical).orElse(null));
        insert.setString(4, emptyAsNull(row.recipientIdText()));
        insert.setString(5, isUsualDigitalSentence(plan) ? null : plan.message());
        insert.setString(6, mailbox.map(MailboxAddress::operatorName).orElse(null));
        insert.setString(7, mailbox.map(MailboxAddress::serviceAddress).orElse(null));
        insert.setString(8, emptyAsNull(row.caseId()));
        insert.setString(9, row.variables().isEmpty() ? null : JournalCodec.variables(row.variables()));
        insert.setString(10, row.address().equals(PostalAddress.empty()) ? null : JournalCodec.address(row.address()));
        insert.setString(11, row.malformed().orElse(null));
        bindLookup(insert, 12, entry.lookup(), plan);
        insert.setString(17, entry.arm().orElse(null));
    }

    /**
     * Binds the directory's answer to five columns from {@code first} on, writing only what the plan does not
     * say already: nothing for a digital letter's REACHABLE answer at its own mailbox, which is most letters.
     */
    private static void bindLookup(PreparedStatement insert, int first, Optional<LookupFacts> lookup, RecipientOutcome plan)
            throws SQLException {
        Optional<MailboxAddress> operator = lookup.flatMap(LookupFacts::operator).filter(mailbox -> !plan.mailbox().equals(Optional.of(mailbox)));
        boolean saidByPlan = lookup.map(facts -> facts.status() == Status.REACHABLE && operator.isEmpty() && plan.outcome() == Outcome.DIGITAL)
                .orElse(false);
        insert.setString(first, lookup.filter(facts -> !saidByPlan).map(facts -> facts.status().name()).orElse(null));
        insert.setString(first + 1, operator.map(MailboxAddress::operatorId).orElse(null));
        insert.setString(first + 2, operator.map(MailboxAddress::operatorName).orElse(null));
        insert.setString(first + 3, operator.map(MailboxAddress::serviceAddress).orElse(null));
        insert.setObject(first + 4, time(lookup.flatMap(LookupFacts::senderAcceptChangedAt).orElse(null)));
    }

    /** The directory's answer as {@link #bindLookup} wrote it. */
    private static Optional<LookupFacts> lookup(ResultSet rows, RecipientOutcome plan) throws SQLException {
        String status = rows.getString("lookup_status");
        Optional<Instant> since = Optional.ofNullable(instant(rows, "sender_accept_changed_at"));
        if (status == null) {
            // Nothing written: a digital letter's answer (REACHABLE at its mailbox, which the entry makes), or none.
            return since.map(time -> new LookupFacts(Status.REACHABLE, plan.mailbox(), Optional.of(time)));
        }
        String operatorId = rows.getString("lookup_operator_id");
        Optional<MailboxAddress> operator = operatorId == null ? plan.mailbox()
                : Optional.of(new MailboxAddress(operatorId, rows.getString("lookup_operator_name"), rows.getString("lookup_service_address")));
        return Optional.of(new LookupFacts(Status.valueOf(status), operator, since));
    }

    /** A letter from a row holding the {@link #LETTER} columns; the plan's row number is the row's. */
    static JournalEntry letter(ResultSet rows) throws SQLException {
        long number = rows.getLong("row_no");
        Optional<RecipientId> recipient = Optional.ofNullable(rows.getString("recipient_id")).map(RecipientId::parse);
        PopulationRow row = new PopulationRow(number,
                JournalCodec.variables(rows.getString("variables_json")),
                rows.getString("recipient_text"),
                JournalCodec.address(rows.getString("address_json")),
                rows.getString("case_id"),
                Optional.ofNullable(rows.getString("malformed")));
        String operatorId = rows.getString("operator_id");
        Optional<MailboxAddress> mailbox = operatorId == null ? Optional.empty()
                : Optional.of(new MailboxAddress(operatorId, rows.getString("operator_name"), rows.getString("service_address")));
        Outcome outcome = Outcome.valueOf(rows.getString("outcome"));
        String message = rows.getString("plan_message");
        RecipientOutcome plan = message == null && mailbox.isPresent() && recipient.isPresent()
                ? RecipientOutcome.digital(number, recipient.get(), mailbox.get())
                : new RecipientOutcome(number, recipient, outcome, mailbox, reason(rows.getString("plan_reason")), message == null ? "" : message);
        return new JournalEntry(rows.getString("dispatch_id"), rows.getString("message_id"), row, plan,
                DeliveryState.valueOf(rows.getString("state")), reason(rows.getString("reason")), rows.getInt("attempts"),
                instant(rows, "due_at"), Optional.ofNullable(rows.getString("paper_batch")), lookup(rows, plan),
                Optional.ofNullable(rows.getString("arm")));
    }

    /** Binds the {@link #LOG} columns from the first parameter on. */
    static void bindLogLine(PreparedStatement insert, JournalEvent event) throws SQLException {
        insert.setString(1, event.dispatchId());
        insert.setLong(2, event.row());
        insert.setObject(3, time(event.at()));
        insert.setString(4, event.type().name());
        insert.setString(5, event.code());
        insert.setString(6, event.detail());
    }

    /** A log line from a row holding the {@link #LOG} columns and its letter's {@code message_id}. */
    static JournalEvent logLine(ResultSet rows) throws SQLException {
        return new JournalEvent(rows.getString("dispatch_id"), rows.getString("message_id"), rows.getLong("row_no"), instant(rows, "at"),
                EventType.valueOf(rows.getString("type")), rows.getString("code"), rows.getString("detail"));
    }

    /** A dispatch from a row holding the {@link #DISPATCH} columns. */
    static DispatchRecord dispatch(ResultSet rows) throws SQLException {
        return new DispatchRecord(rows.getString("id"), JournalCodec.options(rows.getString("options_json")), rows.getString("sender"),
                rows.getString("subject"), rows.getString("template_json"), DispatchState.valueOf(rows.getString("state")),
                instant(rows, "created_at"), Optional.ofNullable(instant(rows, "purged_at")));
    }

    /** The counters' columns have no NULLs (they are part of the key): none is written as ''. */
    static String keyPart(Optional<? extends Object> value) {
        return value.map(part -> part instanceof Enum<?> constant ? constant.name() : part.toString()).orElse("");
    }

    static Optional<ReasonCode> reasonKey(String part) {
        return part.isEmpty() ? Optional.empty() : Optional.of(ReasonCode.valueOf(part));
    }

    private static boolean isUsualDigitalSentence(RecipientOutcome plan) {
        return plan.outcome() == Outcome.DIGITAL && plan.recipient().isPresent() && plan.mailbox().isPresent()
                && plan.message().equals(RecipientOutcome.digital(plan.row(), plan.recipient().get(), plan.mailbox().get()).message());
    }

    private static Optional<ReasonCode> reason(String name) {
        return Optional.ofNullable(name).map(ReasonCode::valueOf);
    }

    /** A nullable column as text, none as empty: for keys and comparisons that take no NULL. */
    static String nullAsEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
