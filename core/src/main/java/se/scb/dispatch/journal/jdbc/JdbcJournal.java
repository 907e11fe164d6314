package se.scb.dispatch.journal.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.CaseResponse;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalCodec;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.PlanEvents;
import se.scb.dispatch.model.ReasonCode;

/**
 * A {@link Journal} in a relational database: an embedded H2 file for one process (the default),
 * or PostgreSQL, which several instances share at once.
 *
 * <p>Only {@code java.sql} is used: bring the driver you need ({@code com.h2database:h2} 2.x or
 * {@code org.postgresql:postgresql}). The tables ({@code <prefix>dispatches}, {@code <prefix>recipients},
 * {@code <prefix>events}, {@code <prefix>schema_version}) are created or brought up to date when the
 * journal is built, from scripts shipped in this jar, once even when several instances start together.
 *
 * <p>Times are stored as {@code TIMESTAMP WITH TIME ZONE} in UTC, to the microsecond (what PostgreSQL
 * keeps): an instant with finer digits comes back truncated to the microsecond.
 *
 * <p>Every call runs in one transaction on a connection of its own from the data source. In
 * production pass a pooled {@link DataSource}; {@link #open(String)} opens a new connection per call,
 * which suits an embedded H2 file but costs a PostgreSQL server a process start each time. For
 * PostgreSQL, {@code reWriteBatchedInserts=true} in the URL makes writing a large plan faster.
 *
 * <p>An embedded H2 file belongs to one process (H2 locks the file); runners in that process may
 * share it. Runners in several processes share a PostgreSQL journal. Thread-safe.
 */
public final class JdbcJournal implements Journal, AutoCloseable {

    /** The prefix of the journal's table names unless another is given. */
    public static final String DEFAULT_TABLE_PREFIX = "dispatch_";

    /** Goes into SQL as part of table and index names: a plain identifier short enough for PostgreSQL's 63 characters. */
    private static final Pattern TABLE_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");
    /**
     * A crash-safe embedded database for one process: every commit is written before the call returns
     * (WRITE_DELAY=0; H2 otherwise waits up to half a second, and a crash loses what was committed),
     * no automatic server for other processes, waits of up to ten seconds for a row another thread holds,
     * and no closing of its own when the JVM shuts down (DB_CLOSE_ON_EXIT=FALSE): H2's shutdown hook would
     * otherwise close the database under a host whose own hook is still recording its last answers; the
     * journal is closed by {@link #close()}, and an unclosed file is as safe as after a crash.
     */
    private static final String H2_FILE_SETTINGS = ";AUTO_SERVER=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
    private static final String UNIQUE_VIOLATION = "23505";
    /** A row refers to a dispatch that is not there: 23503 in PostgreSQL, 23506 in H2. */
    private static final Set<String> NO_SUCH_DISPATCH = Set.of("23503", "23506");
    private static final int FETCH_SIZE = 1_000;
    private static final int IDS_PER_QUERY = 500;
    /** How often one claim reads candidates again after losing some to another runner (H2 only). */
    private static final int CLAIM_ROUNDS = 3;
    /** A letter a claim may take at the time given twice as parameters: due, or its lease ran out. */
    private static final String CLAIMABLE = "(state = '" + DeliveryState.PLANNED + "' AND due_at <= ?) OR (state = '" + DeliveryState.CLAIMED
            + "' AND (lease_until IS NULL OR lease_until <= ?))";

    private static final String OPEN_LETTER = inList(Arrays.stream(DeliveryState.values()).filter(state -> !state.isFinal()));
    private static final String SENDING = inList(Arrays.stream(DispatchState.values()).filter(DispatchState::isSending));
    private static final String FINAL_DISPATCH = inList(Arrays.stream(DispatchState.values()).filter(DispatchState::isFinal));

    private final Transactions transactions;
    private final Dialect dialect;
    private final String prefix;
    private final Optional<AutoCloseable> owned;
    private final String dispatches;
    private final String recipients;
    private final String events;
    private final String responses;

    private JdbcJournal(DataSource dataSource, String prefix, Optional<AutoCloseable> owned) {
        this.transactions = new Transactions(dataSource);
        this.prefix = prefix;
        this.owned = owned;
        this.dispatches = prefix + "dispatches";
        this.recipients = prefix + "recipients";
        this.events = prefix + "events";
        this.responses = prefix + "responses";
        this.dialect = transactions.run("find out which database it is on", Dialect::of);
        // One schema update at a time in this process; the dialect's lock covers other processes.
        synchronized (Schema.class) {
            transactions.run("bring its tables " + prefix + "* to schema version " + Schema.currentVersion(), connection -> {
                Schema.update(connection, dialect, prefix);
                return null;
            });
        }
    }

    /**
     * A journal on an H2 file (a path; created when missing) or on any JDBC URL, with the default
     * table prefix. Close it when done: that lets an embedded database close its files.
     *
     * @param pathOrJdbcUrl a file path such as {@code /var/lib/dispatch/journal} (H2 adds {@code .mv.db}),
     *                      or a URL that starts with {@code jdbc:}, used as given
     */
    public static JdbcJournal open(String pathOrJdbcUrl) {
        return builder(pathOrJdbcUrl).build();
    }

    /** A journal on the given data source, e.g. a connection pool for PostgreSQL; closing the journal leaves it open. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /** A journal on an H2 file or a JDBC URL, as {@link #open(String)}, to configure further. */
    public static Builder builder(String pathOrJdbcUrl) {
        return new Builder(null, jdbcUrl(Objects.requireNonNull(pathOrJdbcUrl, "pathOrJdbcUrl")));
    }

    /**
     * The JDBC URL for a journal location: a {@code jdbc:} URL as given, or a path as an embedded H2
     * file database with settings for one crash-safe writer.
     */
    static String jdbcUrl(String pathOrJdbcUrl) {
        if (pathOrJdbcUrl.startsWith("jdbc:")) {
            return pathOrJdbcUrl;
        }
        if (pathOrJdbcUrl.isBlank() || pathOrJdbcUrl.contains(";")) {
            throw new IllegalArgumentException("A journal file needs a path without ';' (or pass a jdbc: URL); was '" + pathOrJdbcUrl + "'.");
        }
        String path = Path.of(pathOrJdbcUrl).toAbsolutePath().toString();
        // H2 adds the suffix itself; a path given with it would get it twice.
        String base = path.endsWith(".mv.db") ? path.substring(0, path.length() - ".mv.db".length()) : path;
        return "jdbc:h2:file:" + base + H2_FILE_SETTINGS;
    }

    /** The prefix of this journal's table names. */
    public String tablePrefix() {
        return prefix;
    }

    /** Closes what {@link #open(String)} opened; a data source passed in stays open. */
    @Override
    public void close() {
        owned.ifPresent(resource -> {
            try {
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
        transactions.run("record dispatch " + dispatch.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + dispatches
                    + " (id, name, sender, subject, template_json, options_json, state, created_at, created_by, purged_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, dispatch.id(), dispatch.name(), dispatch.sender(), dispatch.subject(), dispatch.templateJson(),
                        JournalCodec.options(dispatch.options()), DispatchState.PLANNING.name(), dispatch.createdAt(),
                        dispatch.options().createdBy(), dispatch.purgedAt().orElse(null), dispatch.createdAt());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Transactions.hasState(e, UNIQUE_VIOLATION)) {
                    throw new IllegalArgumentException("A dispatch with id " + dispatch.id() + " already exists.", e);
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<DispatchRecord> dispatch(String dispatchId) {
        return transactions.run("read dispatch " + dispatchId, connection ->
                query(connection, "SELECT " + Columns.DISPATCH + " FROM " + dispatches + " WHERE id = ?", Columns::dispatch, dispatchId)
                        .stream().findFirst());
    }

    @Override
    public boolean updateState(String dispatchId, DispatchState state, Instant at) {
        return transactions.run("move dispatch " + dispatchId + " to " + state, connection -> update(connection,
                "UPDATE " + dispatches + " SET state = ?, updated_at = ? WHERE id = ? AND state NOT IN " + FINAL_DISPATCH,
                state.name(), at, dispatchId) > 0);
    }

    @Override
    public List<DispatchSummary> history(HistoryQuery query) {
        return transactions.run("read the history", connection -> {
            StringBuilder sql = new StringBuilder("SELECT ").append(qualified("d", Columns.DISPATCH))
                    // MIN and MAX written as an ordered first row, which both databases answer from an index without a scan.
                    .append(", (SELECT e.at FROM ").append(events).append(" e WHERE e.dispatch_id = d.id AND e.type = '").append(EventType.SENT)
                    .append("' ORDER BY e.dispatch_id, e.type, e.at FETCH FIRST 1 ROW ONLY) AS first_sent_at")
                    .append(", (SELECT e.at FROM ").append(events).append(" e WHERE e.dispatch_id = d.id")
                    .append(" ORDER BY e.dispatch_id DESC, e.at DESC FETCH FIRST 1 ROW ONLY) AS last_event_at")
                    .append(" FROM ").append(dispatches).append(" d WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (!query.states().isEmpty()) {
                sql.append(" AND d.state IN (").append(placeholders(query.states().size())).append(')');
                query.states().stream().map(DispatchState::name).sorted().forEach(parameters::add);
            }
            query.from().ifPresent(from -> {
                sql.append(" AND d.created_at >= ?");
                parameters.add(from);
            });
            query.to().ifPresent(to -> {
                sql.append(" AND d.created_at < ?");
                parameters.add(to);
            });
            sql.append(" ORDER BY d.created_at DESC, d.id DESC FETCH FIRST ? ROWS ONLY");
            parameters.add(query.limit());
            Map<String, HistoryLine> lines = new LinkedHashMap<>();
            for (HistoryLine line : query(connection, sql.toString(), HistoryLine::read, parameters.toArray())) {
                lines.put(line.dispatch.id(), line);
            }
            Map<String, Tally> tallies = tallies(connection, List.copyOf(lines.keySet()));
            return lines.values().stream()
                    .map(line -> new DispatchSummary(line.dispatch, tallies.getOrDefault(line.dispatch.id(), new Tally()).status(line.dispatch.id()),
                            line.firstSentAt, line.lastEventAt))
                    .toList();
        });
    }

    @Override
    public List<String> dispatchesWithDueWork(Instant now) {
        return transactions.run("find dispatches with due work", connection -> query(connection,
                "SELECT d.id FROM " + dispatches + " d WHERE d.state IN " + SENDING
                        + " AND (EXISTS (SELECT 1 FROM " + recipients + " r WHERE r.dispatch_id = d.id AND r.state = '" + DeliveryState.PLANNED
                        + "' AND r.due_at <= ?)"
                        + " OR EXISTS (SELECT 1 FROM " + recipients + " r WHERE r.dispatch_id = d.id AND r.state = '" + DeliveryState.CLAIMED
                        + "' AND (r.lease_until IS NULL OR r.lease_until <= ?)))"
                        + " ORDER BY d.created_at, d.id",
                rows -> rows.getString("id"), now, now));
    }

    @Override
    public void addToPlan(List<JournalEntry> entries, Instant at) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.run("add " + entries.size() + " letters to the plan of dispatch " + entries.get(0).dispatchId(), connection -> {
            try (Batch insert = new Batch(connection.prepareStatement(
                    "INSERT INTO " + recipients + " (" + Columns.ENTRY + ") VALUES (" + Columns.ENTRY_PARAMETERS + ")"))) {
                for (JournalEntry entry : entries) {
                    Columns.bindEntry(insert.statement(), entry);
                    insert.add();
                }
                insert.flush();
            } catch (SQLException e) {
                if (Transactions.hasState(e, UNIQUE_VIOLATION)) {
                    throw new IllegalArgumentException("A letter of these " + entries.size() + " is already in the plan of dispatch "
                            + entries.get(0).dispatchId() + "; nothing was added.", e);
                }
                if (Transactions.hasState(e, NO_SUCH_DISPATCH)) {
                    throw new IllegalArgumentException("No dispatch with id " + entries.get(0).dispatchId() + " in this journal.", e);
                }
                throw e;
            }
            insertEvents(connection, entries.stream().flatMap(entry -> PlanEvents.of(entry, at).stream()).toList());
            return null;
        });
    }

    /**
     * Takes letters whose lease ran out first, then due letters earliest due first; each query walks
     * an index in that order and stops at {@code max}.
     *
     * <p>On PostgreSQL the queries lock the rows they return and skip those another runner is claiming
     * at this moment ({@code FOR UPDATE SKIP LOCKED}). H2 locks every row such a query matches, not
     * just those it returns, so there the candidates are read without a lock and taken by an update
     * that checks again that each is still claimable; a letter another runner took in between is not
     * ours, and the next candidates are read.
     */
    @Override
    public List<JournalEntry> claim(String dispatchId, String owner, Instant now, Duration lease, int max) {
        return transactions.run("claim letters of dispatch " + dispatchId, connection -> {
            if (max < 1 || !existingState(connection, dispatchId, false).isSending()) {
                return List.of();
            }
            Map<String, JournalEntry> claimed = new LinkedHashMap<>();
            for (int round = 0; round < CLAIM_ROUNDS && claimed.size() < max; round++) {
                List<JournalEntry> candidates = claimable(connection, dispatchId, now, max - claimed.size()).stream()
                        .filter(entry -> !claimed.containsKey(entry.messageId()))
                        .toList();
                List<JournalEntry> taken = take(connection, candidates, owner, now, lease);
                taken.forEach(entry -> claimed.put(entry.messageId(), entry));
                if (taken.size() == candidates.size()) {
                    break;
                }
            }
            if (!dialect.locksOnlyRowsReturned() && !claimed.isEmpty()) {
                // Read again what the update took: another runner may have changed a letter between the read and the update.
                Map<String, JournalEntry> current = new HashMap<>();
                for (JournalEntry entry : entriesById(connection, dispatchId, List.copyOf(claimed.keySet()))) {
                    current.put(entry.messageId(), entry);
                }
                claimed.replaceAll((messageId, stale) -> current.get(messageId));
            }
            insertEvents(connection, claimed.values().stream().map(entry -> new JournalEvent(dispatchId, entry.messageId(), entry.row().number(),
                    now, EventType.CLAIMED, "", "Claimed by " + owner + ".")).toList());
            return claimed.values().stream().map(entry -> entry.settled(DeliveryState.CLAIMED, entry.reason())).toList();
        });
    }

    /** Up to {@code max} letters a claim may take now, in claim order; locked for this transaction where the database can. */
    private List<JournalEntry> claimable(Connection connection, String dispatchId, Instant now, int max) throws SQLException {
        String lock = dialect.locksOnlyRowsReturned() ? " FOR UPDATE SKIP LOCKED" : "";
        List<JournalEntry> found = new ArrayList<>(entries(connection, "SELECT " + Columns.ENTRY + " FROM " + recipients
                + " WHERE dispatch_id = ? AND state = '" + DeliveryState.CLAIMED + "' AND (lease_until IS NULL OR lease_until <= ?)"
                + " ORDER BY row_no FETCH FIRST ? ROWS ONLY" + lock, dispatchId, now, max));
        if (found.size() < max) {
            // The leading columns are fixed by the WHERE; naming them lets H2 see that the claim index gives this order.
            found.addAll(entries(connection, "SELECT " + Columns.ENTRY + " FROM " + recipients
                    + " WHERE dispatch_id = ? AND state = '" + DeliveryState.PLANNED + "' AND due_at <= ?"
                    + " ORDER BY dispatch_id, state, due_at, row_no FETCH FIRST ? ROWS ONLY" + lock, dispatchId, now, max - found.size()));
        }
        return found;
    }

    /** Claims the candidates that are still claimable, under {@code owner}'s lease; returns those it took. */
    private List<JournalEntry> take(Connection connection, List<JournalEntry> candidates, String owner, Instant now, Duration lease)
            throws SQLException {
        if (candidates.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + recipients + " SET state = '" + DeliveryState.CLAIMED
                + "', lease_owner = ?, lease_until = ? WHERE dispatch_id = ? AND message_id = ? AND (" + CLAIMABLE + ")")) {
            for (JournalEntry entry : candidates) {
                bind(update, owner, now.plus(lease), entry.dispatchId(), entry.messageId(), now, now);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            List<JournalEntry> taken = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    taken.add(candidates.get(i));
                }
            }
            return taken;
        }
    }

    /** The entries by key, one lookup each: H2 answers a long IN list on the key's second column with a scan. */
    private List<JournalEntry> entriesById(Connection connection, String dispatchId, List<String> messageIds) throws SQLException {
        List<JournalEntry> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + Columns.ENTRY + " FROM " + recipients + " WHERE dispatch_id = ? AND message_id = ?")) {
            for (String messageId : messageIds) {
                bind(select, dispatchId, messageId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(Columns.entry(rows));
                    }
                }
            }
        }
        return found;
    }

    @Override
    public void heartbeat(String owner, Instant now, Duration lease) {
        transactions.run("renew the leases of " + owner, connection -> update(connection,
                "UPDATE " + recipients + " SET lease_until = ? WHERE lease_owner = ? AND state = '" + DeliveryState.CLAIMED + "'",
                now.plus(lease), owner));
    }

    @Override
    public void record(JournalEntry updated, JournalEvent event) {
        recordAll(List.of(updated), List.of(event));
    }

    @Override
    public void recordAll(List<JournalEntry> updated, List<JournalEvent> eventsToAppend) {
        if (updated.isEmpty() && eventsToAppend.isEmpty()) {
            return;
        }
        transactions.run("record " + updated.size() + " letters", connection -> {
            // One order for every writer, so two transactions never wait for each other's rows in a circle.
            List<JournalEntry> inLockOrder = updated.stream()
                    .sorted(Comparator.comparing(JournalEntry::dispatchId).thenComparing(JournalEntry::messageId))
                    .toList();
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + recipients
                    + " SET state = ?, reason = ?, attempts = ?, due_at = ?, paper_batch = ?,"
                    + " lease_owner = CASE WHEN ? THEN lease_owner END, lease_until = CASE WHEN ? THEN lease_until END"
                    + " WHERE dispatch_id = ? AND message_id = ? AND state IN " + OPEN_LETTER)) {
                for (JournalEntry entry : inLockOrder) {
                    boolean keepsLease = entry.state() == DeliveryState.CLAIMED;
                    bind(update, entry.state().name(), entry.reason().map(ReasonCode::name).orElse(null), entry.attempts(), entry.dueAt(),
                            entry.paperBatch().orElse(null), keepsLease, keepsLease, entry.dispatchId(), entry.messageId());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw refusal(connection, inLockOrder.get(i));
                    }
                }
            }
            insertEvents(connection, eventsToAppend);
            return null;
        });
    }

    /** Why an update changed no row: the letter is unknown, or already final. */
    private RuntimeException refusal(Connection connection, JournalEntry entry) throws SQLException {
        List<String> state = query(connection, "SELECT state FROM " + recipients + " WHERE dispatch_id = ? AND message_id = ?",
                rows -> rows.getString("state"), entry.dispatchId(), entry.messageId());
        if (state.isEmpty()) {
            return new IllegalArgumentException("Dispatch " + entry.dispatchId() + " has no letter " + entry.messageId() + "; nothing was written.");
        }
        return new IllegalStateException("Letter " + entry.messageId() + " is already " + state.get(0)
                + "; a settled letter never changes. Nothing was written.");
    }

    @Override
    public List<JournalEntry> paperBatch(String dispatchId, String batchId) {
        return transactions.run("read print batch " + batchId, connection -> {
            existingState(connection, dispatchId, false);
            return entries(connection, "SELECT " + Columns.ENTRY + " FROM " + recipients
                    + " WHERE dispatch_id = ? AND paper_batch = ? ORDER BY row_no, message_id", dispatchId, batchId);
        });
    }

    @Override
    public void append(JournalEvent event) {
        transactions.run("append to the log of dispatch " + event.dispatchId(), connection -> {
            insertEvents(connection, List.of(event));
            return null;
        });
    }

    /**
     * Marks the letters it cancels with a token in {@code lease_owner} so their events can be written
     * from the table in the same transaction, whatever their number, without reading them into memory.
     */
    @Override
    public int cancel(String dispatchId, Instant now) {
        return transactions.run("cancel dispatch " + dispatchId, connection -> {
            if (existingState(connection, dispatchId, true).isFinal()) {
                return 0;
            }
            String token = "cancel:" + UUID.randomUUID();
            int cancelled = update(connection, "UPDATE " + recipients + " SET state = '" + DeliveryState.CANCELLED
                    + "', lease_owner = ?, lease_until = NULL WHERE dispatch_id = ? AND (state = '" + DeliveryState.PLANNED + "' OR (state = '"
                    + DeliveryState.CLAIMED + "' AND (lease_until IS NULL OR lease_until <= ?)))", token, dispatchId, now);
            update(connection, "INSERT INTO " + events + " (" + Columns.EVENT + ") SELECT dispatch_id, message_id, row_no, CAST(? AS TIMESTAMP WITH TIME ZONE), '"
                    + EventType.CANCELLED + "', '', 'The dispatch was cancelled.' FROM " + recipients
                    + " WHERE dispatch_id = ? AND lease_owner = ? ORDER BY row_no, message_id", now, dispatchId, token);
            update(connection, "UPDATE " + recipients + " SET lease_owner = NULL WHERE dispatch_id = ? AND lease_owner = ?", dispatchId, token);
            update(connection, "UPDATE " + dispatches + " SET state = ?, updated_at = ? WHERE id = ?", DispatchState.CANCELLED.name(), now,
                    dispatchId);
            return cancelled;
        });
    }

    @Override
    public DispatchStatus status(String dispatchId) {
        return transactions.run("count the letters of dispatch " + dispatchId, connection -> {
            existingState(connection, dispatchId, false);
            return tallies(connection, List.of(dispatchId)).getOrDefault(dispatchId, new Tally()).status(dispatchId);
        });
    }

    @Override
    public List<JournalEvent> events(String dispatchId) {
        return transactions.run("read the log of dispatch " + dispatchId, connection -> {
            existingState(connection, dispatchId, false);
            return query(connection, "SELECT " + Columns.EVENT + " FROM " + events + " WHERE dispatch_id = ? ORDER BY id", Columns::event,
                    dispatchId);
        });
    }

    @Override
    public List<JournalEvent> events(String dispatchId, String messageId) {
        return transactions.run("read the log of letter " + messageId, connection -> {
            existingState(connection, dispatchId, false);
            return query(connection, "SELECT " + Columns.EVENT + " FROM " + events + " WHERE dispatch_id = ? AND message_id = ? ORDER BY id",
                    Columns::event, dispatchId, messageId);
        });
    }

    @Override
    public List<JournalEntry> entries(String dispatchId) {
        return transactions.run("read the letters of dispatch " + dispatchId, connection -> {
            existingState(connection, dispatchId, false);
            return entries(connection, "SELECT " + Columns.ENTRY + " FROM " + recipients + " WHERE dispatch_id = ? ORDER BY row_no, message_id",
                    dispatchId);
        });
    }

    @Override
    public List<JournalEntry> entriesOf(String dispatchId, RecipientId recipient) {
        return transactions.run("read the letters of one recipient of dispatch " + dispatchId, connection -> {
            existingState(connection, dispatchId, false);
            return entries(connection, "SELECT " + Columns.ENTRY + " FROM " + recipients
                    + " WHERE dispatch_id = ? AND recipient_id = ? ORDER BY row_no, message_id", dispatchId, recipient.canonical());
        });
    }

    @Override
    public void purgePersonalData(String dispatchId, Instant at) {
        transactions.run("purge the personal data of dispatch " + dispatchId, connection -> {
            existingState(connection, dispatchId, false);
            update(connection, "UPDATE " + recipients + " SET recipient_id = NULL, recipient_text = NULL, case_id = NULL, variables_json = NULL,"
                    + " address_json = NULL, malformed = CASE WHEN malformed IS NULL THEN NULL ELSE '(purged)' END WHERE dispatch_id = ?", dispatchId);
            return update(connection, "UPDATE " + dispatches + " SET purged_at = ?, updated_at = ? WHERE id = ?", at, at, dispatchId);
        });
    }

    @Override
    public void recordResponse(CaseResponse response) {
        transactions.run("record a response", connection -> update(connection, "INSERT INTO " + responses + " (case_id, at, channel) VALUES (?, ?, ?)",
                response.caseId(), response.at(), response.channel()));
    }

    @Override
    public Optional<CaseResponse> response(String caseId) {
        return transactions.run("read a case's response", connection -> query(connection,
                "SELECT case_id, at, channel FROM " + responses + " WHERE case_id = ? ORDER BY at, id FETCH FIRST 1 ROWS ONLY",
                rows -> new CaseResponse(rows.getString("case_id"), Columns.instant(rows, "at"), rows.getString("channel")), caseId).stream().findFirst());
    }

    /** The dispatch's state, row-locked against other writers when {@code forUpdate}. */
    private DispatchState existingState(Connection connection, String dispatchId, boolean forUpdate) throws SQLException {
        List<String> state = query(connection, "SELECT state FROM " + dispatches + " WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""),
                rows -> rows.getString("state"), dispatchId);
        if (state.isEmpty()) {
            throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
        }
        return DispatchState.valueOf(state.get(0));
    }

    private void insertEvents(Connection connection, List<JournalEvent> toInsert) throws SQLException {
        if (toInsert.isEmpty()) {
            return;
        }
        try (Batch insert = new Batch(connection.prepareStatement(
                "INSERT INTO " + events + " (" + Columns.EVENT + ") VALUES (" + Columns.EVENT_PARAMETERS + ")"))) {
            for (JournalEvent event : toInsert) {
                Columns.bindEvent(insert.statement(), event);
                insert.add();
            }
            insert.flush();
        } catch (SQLException e) {
            if (Transactions.hasState(e, NO_SUCH_DISPATCH)) {
                throw new IllegalArgumentException("No dispatch with id " + toInsert.get(0).dispatchId() + " in this journal.", e);
            }
            throw e;
        }
    }

    /** Letters per state and per reason, for each of the dispatches, counted by the database. */
    private Map<String, Tally> tallies(Connection connection, List<String> dispatchIds) throws SQLException {
        Map<String, Tally> tallies = new HashMap<>();
        for (int from = 0; from < dispatchIds.size(); from += IDS_PER_QUERY) {
            List<String> ids = dispatchIds.subList(from, Math.min(dispatchIds.size(), from + IDS_PER_QUERY));
            query(connection, "SELECT dispatch_id, state, reason, COUNT(*) AS letters FROM " + recipients + " WHERE dispatch_id IN ("
                    + placeholders(ids.size()) + ") GROUP BY dispatch_id, state, reason", rows -> {
                        tallies.computeIfAbsent(rows.getString("dispatch_id"), id -> new Tally())
                                .add(DeliveryState.valueOf(rows.getString("state")), rows.getString("reason"), rows.getLong("letters"));
                        return null;
                    }, ids.toArray());
        }
        return tallies;
    }

    private static List<JournalEntry> entries(Connection connection, String sql, Object... parameters) throws SQLException {
        return query(connection, sql, Columns::entry, parameters);
    }

    /** A row of a result, read into a value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            // Inside a transaction this lets the PostgreSQL driver stream a large result instead of holding all of it.
            select.setFetchSize(FETCH_SIZE);
            bind(select, parameters);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Binds parameters in order; instants as UTC timestamps. */
    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(i + 1, value instanceof Instant instant ? Columns.time(instant) : value);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String qualified(String alias, String columns) {
        return Arrays.stream(columns.split(",\\s*")).map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }

    private static String inList(Stream<? extends Enum<?>> values) {
        return values.map(value -> "'" + value.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** A dispatch of the history with its times; the counts come from a second query. */
    private record HistoryLine(DispatchRecord dispatch, Optional<Instant> firstSentAt, Optional<Instant> lastEventAt) {

        static HistoryLine read(ResultSet rows) throws SQLException {
            return new HistoryLine(Columns.dispatch(rows), Optional.ofNullable(Columns.instant(rows, "first_sent_at")),
                    Optional.ofNullable(Columns.instant(rows, "last_event_at")));
        }
    }

    /** Counts for one dispatch, added up from grouped rows. */
    private static final class Tally {
        private final Map<DeliveryState, Long> states = new EnumMap<>(DeliveryState.class);
        private final Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        private long total;

        void add(DeliveryState state, String reason, long letters) {
            states.merge(state, letters, Long::sum);
            if (reason != null) {
                reasons.merge(ReasonCode.valueOf(reason), letters, Long::sum);
            }
            total += letters;
        }

        DispatchStatus status(String dispatchId) {
            return new DispatchStatus(dispatchId, total, states, reasons);
        }
    }

    /** Configures a {@link JdbcJournal}. */
    public static final class Builder {
        private final DataSource dataSource;
        private final String jdbcUrl;
        private String tablePrefix = DEFAULT_TABLE_PREFIX;

        private Builder(DataSource dataSource, String jdbcUrl) {
            this.dataSource = dataSource;
            this.jdbcUrl = jdbcUrl;
        }

        /**
         * The prefix of the journal's table names, {@value #DEFAULT_TABLE_PREFIX} unless given: letters,
         * digits and underscores, not starting with a digit, at most 40 characters. Journals with
         * different prefixes share a database without seeing each other.
         */
        public Builder tablePrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (!TABLE_PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("The table prefix goes into SQL, so it may hold only letters (a-z), digits and underscores, "
                        + "not start with a digit, and be at most 40 characters long; was '" + prefix + "'.");
            }
            this.tablePrefix = prefix;
            return this;
        }

        /**
         * Connects, checks the database is H2 or PostgreSQL, and creates or updates the tables.
         *
         * @throws IllegalArgumentException when the database is neither
         * @throws JournalStorageException  when the database cannot be reached or updated
         */
        public JdbcJournal build() {
            if (dataSource != null) {
                return new JdbcJournal(dataSource, tablePrefix, Optional.empty());
            }
            DriverManagerDataSource opened = new DriverManagerDataSource(jdbcUrl);
            try {
                return new JdbcJournal(opened, tablePrefix, Optional.of(opened));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }
    }
}
