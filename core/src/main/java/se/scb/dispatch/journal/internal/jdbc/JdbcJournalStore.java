package se.scb.dispatch.journal.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.EventQuery;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.Page;
import se.scb.dispatch.journal.internal.Cursors;
import se.scb.dispatch.journal.internal.ExperimentCodec;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.internal.PlanProgress;
import se.scb.dispatch.journal.jdbc.JournalStorageException;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.spi.ProcessEvent;

/**
 * The journal in a relational database: an embedded H2 file for one process (the default), or
 * PostgreSQL, which several instances share at once. Made by {@link se.scb.dispatch.journal.jdbc.JdbcJournal}.
 *
 * <p>Small rows, big transactions: a letter is one row keyed by dispatch and row number with one index
 * besides its key; the log stores only what happens when sending; a status reads counters kept in the
 * same transactions as the letters; a runner's lease is one row, whatever the number of letters it holds.
 *
 * <p>Only {@code java.sql} is used. Every call runs in one transaction on a connection of its own from
 * the data source. Times are stored as {@code TIMESTAMP WITH TIME ZONE} in UTC, to the microsecond.
 */
public final class JdbcJournalStore implements JournalStore {

    /** A row refers to a dispatch that is not there: 23503 in PostgreSQL, 23506 in H2. */
    private static final Set<String> NO_SUCH_DISPATCH = Set.of("23503", "23506");
    private static final String OPEN_LETTER = Sql.inList(Arrays.stream(DeliveryState.values()).filter(state -> !state.isFinal()).toList());
    private static final String SENDING = Sql.inList(Arrays.stream(DispatchState.values()).filter(DispatchState::isSending).toList());
    /** Letters read from the database at a time while filling a page. */
    private static final int LETTERS_READ_AT_A_TIME = 2_000;

    private final Transactions transactions;
    private final Dialect dialect;
    private final Optional<AutoCloseable> owned;
    private final Tables tables;
    private final Counters counters;
    private final Claims claims;
    private final LogReader logReader;
    private final CaseEventTable caseEvents;
    private final ProcessEventTable processEvents;
    private final DispatchTable dispatches;

    /**
     * Connects, checks the database is H2 or PostgreSQL, and creates or updates the tables; with
     * {@code existingOnly}, refuses a database that holds no journal under the prefix instead.
     *
     * @param owned closed by {@link #close()}: what the factory opened for this journal alone
     */
    public JdbcJournalStore(DataSource dataSource, String prefix, boolean existingOnly, Optional<AutoCloseable> owned) {
        this.transactions = new Transactions(dataSource);
        this.owned = owned;
        this.tables = Tables.withPrefix(prefix);
        this.dialect = transactions.run("find out which database it is on", Dialect::of);
        this.counters = new Counters(dialect, tables);
        this.claims = new Claims(dialect, tables);
        this.logReader = new LogReader(tables);
        this.caseEvents = new CaseEventTable(dialect, tables);
        this.processEvents = new ProcessEventTable(dialect, tables);
        this.dispatches = new DispatchTable(tables);
        // One schema update at a time in this process; the dialect's lock covers other processes.
        synchronized (Schema.class) {
            transactions.run("bring its tables " + prefix + "* to schema version " + Schema.currentVersion(), connection -> {
                Schema.update(connection, dialect, prefix, existingOnly);
                return null;
            });
        }
    }

    /** The prefix of this journal's table names. */
    public String tablePrefix() {
        return tables.prefix();
    }

    /**
     * Closes what the factory opened for this journal. An embedded H2 file this journal wrote to is
     * compacted first: H2 writes every commit to new space and, committing at once (WRITE_DELAY=0),
     * never gets round to reclaiming the old, so a file grows to several times its live data while sending.
     */
    @Override
    public void close() {
        owned.ifPresent(resource -> {
            try {
                if (resource instanceof DriverManagerDataSource embedded && transactions.hasWritten()) {
                    embedded.compactAndClose();
                }
                resource.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new JournalStorageException("Could not close the journal's database.", e);
            }
        });
    }

    @Override
    public void createDispatch(DispatchRecord dispatch) {
        transactions.write("record dispatch " + dispatch.id(), connection -> {
            dispatches.insert(connection, dispatch);
            return null;
        });
    }

    @Override
    public void recordExperiment(String dispatchId, Experiment experiment) {
        transactions.write("record the experiment of dispatch " + dispatchId, connection -> {
            try {
                Sql.update(connection, "INSERT INTO " + tables.experiments() + " (dispatch_id, experiment_json) VALUES (?, ?)", dispatchId,
                        ExperimentCodec.write(experiment));
            } catch (SQLException e) {
                if (Transactions.hasState(e, NO_SUCH_DISPATCH)) {
                    throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.", e);
                }
                if (Transactions.hasState(e, Transactions.UNIQUE_VIOLATION)) {
                    throw new IllegalStateException("Dispatch " + dispatchId + " has an experiment already; an experiment is never changed.", e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<Experiment> experiment(String dispatchId) {
        return transactions.run("read the experiment of dispatch " + dispatchId, connection -> Sql.query(connection,
                "SELECT experiment_json FROM " + tables.experiments() + " WHERE dispatch_id = ?",
                rows -> ExperimentCodec.read(rows.getString("experiment_json")), dispatchId).stream().findFirst());
    }

    @Override
    public Optional<DispatchRecord> dispatch(String dispatchId) {
        return transactions.run("read dispatch " + dispatchId, connection -> dispatches.read(connection, dispatchId));
    }

    @Override
    public boolean updateState(String dispatchId, DispatchState state, Instant at) {
        return transactions.write("move dispatch " + dispatchId + " to " + state, connection -> dispatches.updateState(connection, dispatchId, state, at));
    }

    @Override
    public boolean startSending(String dispatchId, Instant at) {
        return transactions.write("start sending dispatch " + dispatchId, connection -> dispatches.startSending(connection, dispatchId, at));
    }

    @Override
    public List<DispatchSummary> history(HistoryQuery query) {
        return transactions.run("read the history", connection -> dispatches.history(connection, query, counters));
    }

    @Override
    public List<String> dispatchesWithDueWork(Instant now) {
        return transactions.run("find dispatches with due work", connection -> Sql.query(connection,
                "SELECT d.id FROM " + tables.dispatches() + " d WHERE d.state IN " + SENDING
                        + " AND (EXISTS (SELECT 1 FROM " + tables.letters() + " r WHERE r.dispatch_id = d.id AND r.state = '" + DeliveryState.PLANNED
                        + "' AND r.due_at <= ?) OR EXISTS (SELECT 1 FROM " + tables.letters() + " r WHERE r.dispatch_id = d.id AND "
                        + claims.heldByNoLiveRunner() + ")) ORDER BY d.created_at, d.id",
                rows -> rows.getString("id"), now, now));
    }

    @Override
    public void addToPlan(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String dispatchId = entries.get(0).dispatchId();
        transactions.write("add " + entries.size() + " letters to the plan of dispatch " + dispatchId, connection -> {
            insertPlanned(connection, dispatchId, entries);
            return null;
        });
    }

    @Override
    public boolean addPlanPart(String dispatchId, List<JournalEntry> entries, PlanProgress progress) {
        if (entries.stream().anyMatch(entry -> !entry.dispatchId().equals(dispatchId))) {
            throw new IllegalArgumentException("A part of the plan of dispatch " + dispatchId + " holds another dispatch's letter; nothing was added.");
        }
        try {
            return transactions.write("add a part of " + entries.size() + " letters to the plan of dispatch " + dispatchId, connection -> {
                // Read without a lock, to spare a cancelled dispatch the inserts; the update below decides, under the row's lock.
                if (dispatches.existingState(connection, dispatchId, false).isFinal()) {
                    return false;
                }
                insertPlanned(connection, dispatchId, entries);
                // The dispatch's row last, as the runner's writes take it last: two writers never wait on each other in a circle.
                if (!dispatches.recordProgress(connection, dispatchId, progress, !entries.isEmpty() || progress.complete(), Instant.now())) {
                    throw new PartRefused();
                }
                return true;
            });
        } catch (PartRefused cancelledMeanwhile) {
            return false;
        }
    }

    /** Rolls back a part of the plan whose dispatch was cancelled while the part was being written. */
    private static final class PartRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartRefused() {
            super("The dispatch was cancelled while a part of its plan was being written.", null, false, false);
        }
    }

    @Override
    public Optional<PlanProgress> planProgress(String dispatchId) {
        return transactions.run("read how far the plan of dispatch " + dispatchId + " has got", connection -> dispatches.progress(connection, dispatchId));
    }

    private void insertPlanned(Connection connection, String dispatchId, List<JournalEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (Batch insert = new Batch(connection.prepareStatement(
                "INSERT INTO " + tables.letters() + " (" + Columns.LETTER_STATE + ") VALUES (" + Columns.LETTER_STATE_PARAMETERS + ")"));
                Batch insertData = new Batch(connection.prepareStatement(
                        "INSERT INTO " + tables.letterData() + " (" + Columns.LETTER_DATA + ") VALUES (" + Columns.LETTER_DATA_PARAMETERS + ")"))) {
            for (JournalEntry entry : entries) {
                Columns.bindLetterState(insert.statement(), entry);
                insert.add();
            }
            insert.flush();
            for (JournalEntry entry : entries) {
                Columns.bindLetterData(insertData.statement(), entry);
                insertData.add();
            }
            insertData.flush();
        } catch (SQLException e) {
            if (Transactions.hasState(e, Transactions.UNIQUE_VIOLATION)) {
                throw new IllegalArgumentException("A row of these " + entries.size() + " is already in the plan of dispatch " + dispatchId
                        + "; nothing was added.", e);
            }
            if (Transactions.hasState(e, NO_SUCH_DISPATCH)) {
                throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.", e);
            }
            throw e;
        }
        counters.add(connection, Counters.planned(entries));
        counters.addToArms(connection, Counters.armsPlanned(entries));
    }

    @Override
    public List<JournalEntry> claim(String dispatchId, String owner, Instant now, Duration lease, int max) {
        return transactions.write("claim letters of dispatch " + dispatchId, connection -> {
            if (max < 1 || !dispatches.existingState(connection, dispatchId, false).isSending()) {
                return List.of();
            }
            setLease(connection, owner, now.plus(lease));
            return claims.claim(connection, dispatchId, owner, now, max);
        });
    }

    @Override
    public void heartbeat(String owner, Instant now, Duration lease) {
        transactions.write("renew the lease of " + owner, connection -> {
            setLease(connection, owner, now.plus(lease));
            return null;
        });
    }

    private void setLease(Connection connection, String owner, Instant until) throws SQLException {
        Sql.update(connection, dialect.setLease(tables.runners()), owner, until);
    }

    @Override
    public void recordAll(List<JournalEntry> updated, List<JournalEvent> lines) {
        if (updated.isEmpty() && lines.isEmpty()) {
            return;
        }
        transactions.write("record " + updated.size() + " letters", connection -> {
            // One order for every writer, so two transactions never wait for each other's rows in a circle.
            List<JournalEntry> inLockOrder = updated.stream()
                    .sorted(Comparator.comparing(JournalEntry::dispatchId).thenComparingLong(entry -> entry.row().number()))
                    .toList();
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + tables.letters()
                    + " SET state = ?, reason = ?, attempts = ?, due_at = ?, paper_batch = ?, lease_owner = CASE WHEN ? THEN lease_owner END"
                    // The state as an expression, so the letter is found by its key, not by walking the claim index (see Claims).
                    + " WHERE dispatch_id = ? AND row_no = ? AND message_id = ? AND (state || '') IN " + OPEN_LETTER)) {
                for (JournalEntry entry : inLockOrder) {
                    Sql.bind(update, entry.state().name(), entry.reason().map(ReasonCode::name).orElse(null), entry.attempts(), entry.dueAt(),
                            entry.paperBatch().orElse(null), entry.state() == DeliveryState.CLAIMED, entry.dispatchId(), entry.row().number(),
                            entry.messageId());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw refusal(connection, inLockOrder.get(i));
                    }
                }
            }
            counters.add(connection, Counters.settled(inLockOrder));
            counters.addToArms(connection, Counters.armsSettled(inLockOrder));
            appendLines(connection, lines);
            return null;
        });
    }

    /** Why an update changed no row: the letter is unknown, or already final. */
    private RuntimeException refusal(Connection connection, JournalEntry entry) throws SQLException {
        List<String> state = Sql.query(connection, "SELECT state FROM " + tables.letters() + " WHERE dispatch_id = ? AND row_no = ? AND message_id = ?",
                rows -> rows.getString("state"), entry.dispatchId(), entry.row().number(), entry.messageId());
        if (state.isEmpty()) {
            return new IllegalArgumentException("Dispatch " + entry.dispatchId() + " has no letter " + entry.messageId() + "; nothing was written.");
        }
        return new IllegalStateException("Letter " + entry.messageId() + " is already " + state.get(0)
                + "; a settled letter never changes. Nothing was written.");
    }

    /** Appends log lines in the order given, and notes the first attempt sent of each dispatch for the history. */
    private void appendLines(Connection connection, List<JournalEvent> lines) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (Batch insert = new Batch(connection.prepareStatement(
                "INSERT INTO " + tables.log() + " (" + Columns.LOG + ") VALUES (" + Columns.LOG_PARAMETERS + ")"))) {
            for (JournalEvent line : lines) {
                Columns.bindLogLine(insert.statement(), line);
                insert.add();
            }
            insert.flush();
        } catch (SQLException e) {
            if (Transactions.hasState(e, NO_SUCH_DISPATCH)) {
                throw new IllegalArgumentException("No dispatch with id " + lines.get(0).dispatchId() + " in this journal.", e);
            }
            throw e;
        }
        // The history reads these two times from the dispatch, not from the log of millions of lines.
        Map<String, Instant> lastWritten = new HashMap<>();
        lines.forEach(line -> lastWritten.put(line.dispatchId(), line.at()));
        for (Map.Entry<String, Instant> last : lastWritten.entrySet()) {
            Sql.update(connection, "UPDATE " + tables.dispatches() + " SET last_event_at = ? WHERE id = ?", last.getValue(), last.getKey());
        }
        Map<String, Instant> firstSent = new HashMap<>();
        lines.stream().filter(line -> line.type() == EventType.SENT).forEach(line -> firstSent.merge(line.dispatchId(), line.at(),
                (one, other) -> one.isBefore(other) ? one : other));
        for (Map.Entry<String, Instant> sent : firstSent.entrySet()) {
            Sql.update(connection, "UPDATE " + tables.dispatches() + " SET first_sent_at = ? WHERE id = ? AND (first_sent_at IS NULL OR first_sent_at > ?)",
                    sent.getValue(), sent.getKey(), sent.getValue());
        }
    }

    @Override
    public List<JournalEntry> paperBatch(String dispatchId, String batchId) {
        return transactions.run("read print batch " + batchId, connection -> {
            dispatches.existingState(connection, dispatchId, false);
            return Sql.query(connection, "SELECT " + Columns.LETTER + " FROM " + tables.lettersWhole() + " WHERE r.dispatch_id = ? AND r.paper_batch = ?"
                    + " ORDER BY r.dispatch_id, r.row_no", Columns::letter, dispatchId, batchId);
        });
    }

    /**
     * Marks the letters it cancels with a token in {@code lease_owner} so their log lines and counters can
     * be written from the table in the same transaction, whatever their number, without reading them into memory.
     */
    @Override
    public int cancel(String dispatchId, Instant now) {
        return transactions.write("cancel dispatch " + dispatchId, connection -> {
            if (dispatches.existingState(connection, dispatchId, true).isFinal()) {
                return 0;
            }
            String token = "cancel:" + UUID.randomUUID();
            int cancelled = Sql.update(connection, "UPDATE " + tables.letters() + " r SET state = '" + DeliveryState.CANCELLED
                    + "', lease_owner = ? WHERE r.dispatch_id = ? AND (r.state = '" + DeliveryState.PLANNED + "' OR (" + claims.heldByNoLiveRunner()
                    + "))", token, dispatchId, now);
            Sql.update(connection, "INSERT INTO " + tables.log() + " (" + Columns.LOG + ") SELECT dispatch_id, row_no,"
                    + " CAST(? AS TIMESTAMP WITH TIME ZONE), '" + EventType.CANCELLED + "', '', 'The dispatch was cancelled.' FROM " + tables.letters()
                    + " WHERE dispatch_id = ? AND lease_owner = ? ORDER BY row_no", now, dispatchId, token);
            Map<Counters.Key, Long> settled = new HashMap<>();
            Sql.query(connection, "SELECT plan_reason, reason, operator_id, COUNT(*) AS letters FROM " + tables.letters()
                    + " WHERE dispatch_id = ? AND lease_owner = ? GROUP BY plan_reason, reason, operator_id", rows -> settled.put(
                            new Counters.Key(dispatchId, DeliveryState.CANCELLED.name(), Columns.nullAsEmpty(rows.getString("plan_reason")),
                                    Columns.nullAsEmpty(rows.getString("reason")), Columns.nullAsEmpty(rows.getString("operator_id")), ""),
                            rows.getLong("letters")),
                    dispatchId, token);
            counters.add(connection, settled);
            Map<Counters.ArmKey, Long> armsSettled = new HashMap<>();
            Sql.query(connection, "SELECT c.arm, COUNT(*) AS letters FROM " + tables.lettersWhole()
                    + " WHERE r.dispatch_id = ? AND r.lease_owner = ? AND c.arm IS NOT NULL GROUP BY c.arm", rows -> armsSettled.put(
                            new Counters.ArmKey(dispatchId, rows.getString("arm"), DeliveryState.CANCELLED.name()), rows.getLong("letters")),
                    dispatchId, token);
            counters.addToArms(connection, armsSettled);
            Sql.update(connection, "UPDATE " + tables.letters() + " SET lease_owner = NULL WHERE dispatch_id = ? AND lease_owner = ?", dispatchId, token);
            Sql.update(connection, "UPDATE " + tables.dispatches() + " SET state = ?, updated_at = ?, last_event_at = CASE WHEN ? > 0 THEN ?"
                    + " ELSE last_event_at END WHERE id = ?", DispatchState.CANCELLED.name(), now, cancelled, now, dispatchId);
            return cancelled;
        });
    }

    @Override
    public DispatchStatus status(String dispatchId) {
        return transactions.run("count the letters of dispatch " + dispatchId, connection -> {
            boolean planComplete = dispatches.isPlanComplete(connection, dispatchId);
            return counters.read(connection, List.of(dispatchId)).get(dispatchId).status(dispatchId, planComplete);
        });
    }

    /**
     * Letters are read in key order, a chunk at a time, and the query's states are checked here rather than
     * in SQL: given a state, the database would take every letter in it from the claim index and sort them
     * all again for each page (seconds a page in a dispatch of a million).
     */
    @Override
    public Page<JournalEntry> letters(String dispatchId, LetterQuery query) {
        return transactions.run("read the letters of dispatch " + dispatchId, connection -> {
            dispatches.existingState(connection, dispatchId, false);
            String sql = "SELECT " + Columns.LETTER + " FROM " + tables.lettersWhole() + " WHERE r.dispatch_id = ? AND r.row_no > ?"
                    // The whole key: H2 sees only then that the key gives this order, instead of sorting the rest of the dispatch.
                    + query.recipient().map(who -> " AND c.recipient_id = ?").orElse("") + " ORDER BY r.dispatch_id, r.row_no FETCH FIRST ? ROWS ONLY";
            int chunk = Math.max(query.limit() + 1, LETTERS_READ_AT_A_TIME);
            List<JournalEntry> found = new ArrayList<>();
            long after = Cursors.rowAfter(query.after());
            while (found.size() <= query.limit()) {
                List<Object> parameters = new ArrayList<>(List.of(dispatchId, after));
                query.recipient().ifPresent(who -> parameters.add(who.canonical()));
                parameters.add(chunk);
                List<JournalEntry> read = Sql.query(connection, sql, Columns::letter, parameters.toArray());
                read.stream().filter(query::matches).limit(query.limit() + 1L - found.size()).forEach(found::add);
                if (read.size() < chunk) {
                    break;
                }
                after = read.get(read.size() - 1).row().number();
            }
            return Cursors.letterPage(found, query.limit());
        });
    }

    @Override
    public Page<JournalEvent> events(String dispatchId, EventQuery query) {
        return transactions.run("read the log of dispatch " + dispatchId, connection -> {
            DispatchRecord dispatch = dispatches.read(connection, dispatchId)
                    .orElseThrow(() -> new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal."));
            return logReader.page(connection, dispatchId, dispatch.createdAt(), query);
        });
    }

    @Override
    public void purgePersonalData(String dispatchId, Instant at) {
        transactions.write("purge the personal data of dispatch " + dispatchId, connection -> {
            dispatches.existingState(connection, dispatchId, false);
            Sql.update(connection, "UPDATE " + tables.letterData() + " SET recipient_id = NULL, recipient_text = NULL, case_id = NULL,"
                    + " variables_json = NULL, address_json = NULL, malformed = CASE WHEN malformed IS NULL THEN NULL ELSE '(purged)' END"
                    + " WHERE dispatch_id = ?", dispatchId);
            return Sql.update(connection, "UPDATE " + tables.dispatches() + " SET purged_at = ?, updated_at = ? WHERE id = ?", at, at, dispatchId);
        });
    }

    @Override
    public void recordCaseEvents(List<CaseEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.write("record " + events.size() + " case events", connection -> {
            caseEvents.record(connection, events);
            return null;
        });
    }

    @Override
    public List<CaseEvent> caseEvents(Collection<String> caseIds) {
        return transactions.run("read case events", connection -> caseEvents.read(connection, caseIds));
    }

    @Override
    public Optional<String> eventCursor(String operator) {
        return transactions.run("read the event cursor of " + operator, connection -> processEvents.cursor(connection, operator));
    }

    @Override
    public void recordProcessEvents(String operator, List<ProcessEvent> events, Optional<String> cursor, Instant at) {
        if (events.isEmpty() && cursor.isEmpty()) {
            return;
        }
        transactions.write("record " + events.size() + " process events of " + operator, connection -> {
            processEvents.record(connection, events);
            if (cursor.isPresent()) {
                processEvents.setCursor(connection, operator, cursor.get(), at);
            }
            return null;
        });
    }

    @Override
    public List<ProcessEvent> processEvents(Collection<String> messageIds) {
        return transactions.run("read process events", connection -> processEvents.read(connection, messageIds));
    }

    @Override
    public Set<String> caseIdsWithLetters(Collection<String> caseIds) {
        return transactions.run("find the letters of case ids", connection -> caseEvents.withLetters(connection, caseIds));
    }

    @Override
    public Instant reserveSendingSlots(String dispatchId, int letters, Duration spacing, Instant now) {
        return transactions.write("reserve sending slots of dispatch " + dispatchId, connection -> {
            List<Optional<Instant>> next = Sql.query(connection, "SELECT next_slot_at FROM " + tables.dispatches() + " WHERE id = ? FOR UPDATE",
                    rows -> Optional.ofNullable(Columns.instant(rows, "next_slot_at")), dispatchId);
            if (next.isEmpty()) {
                throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
            }
            Instant first = next.get(0).filter(at -> at.isAfter(now)).orElse(now);
            Sql.update(connection, "UPDATE " + tables.dispatches() + " SET next_slot_at = ? WHERE id = ?", first.plus(spacing.multipliedBy(letters)),
                    dispatchId);
            return first;
        });
    }
}
