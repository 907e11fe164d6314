package se.scb.dispatch.journal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.spi.ProcessEvent;

/**
 * A journal that lives in the heap: the test double of the JDBC journal, held to the same contract
 * suite. Everything is lost when the process ends, so it cannot resume after a crash. One lock guards
 * it all: simple, and fast enough for what it is for.
 */
public final class InMemoryJournal implements JournalStore {

    /** Letters whose runner's lease ran out first, then due letters; each earliest due first, in row order (as the JDBC journal's claim index). */
    private static final Comparator<Slot> CLAIM_ORDER = Comparator
            .comparing((Slot slot) -> slot.entry.state() == DeliveryState.PLANNED)
            .thenComparing(slot -> slot.entry.dueAt())
            .thenComparingLong(slot -> slot.entry.row().number());

    private final Map<String, Dispatch> dispatches = new HashMap<>();
    private final EarliestFacts<CaseEvent.Kind, CaseEvent> caseEvents = new EarliestFacts<>(CaseEvent::at);
    private final EarliestFacts<ProcessEvent.Kind, ProcessEvent> processEvents = new EarliestFacts<>(ProcessEvent::at);
    private final Map<String, String> eventCursors = new HashMap<>();
    private final Map<String, Instant> leases = new HashMap<>();
    private final Map<String, Instant> nextSendingSlot = new HashMap<>();

    @Override
    public synchronized void createDispatch(DispatchRecord record) {
        if (dispatches.containsKey(record.id())) {
            throw new IllegalArgumentException("A dispatch with id " + record.id() + " already exists.");
        }
        dispatches.put(record.id(), new Dispatch(record.withState(DispatchState.PLANNING)));
    }

    @Override
    public synchronized void recordExperiment(String dispatchId, Experiment experiment) {
        Dispatch dispatch = existing(dispatchId);
        if (dispatch.experiment != null) {
            throw new IllegalStateException("Dispatch " + dispatchId + " has an experiment already; an experiment is never changed.");
        }
        dispatch.experiment = experiment;
    }

    @Override
    public synchronized Optional<Experiment> experiment(String dispatchId) {
        return Optional.ofNullable(existing(dispatchId).experiment);
    }

    @Override
    public synchronized Optional<DispatchRecord> dispatch(String dispatchId) {
        return Optional.ofNullable(dispatches.get(dispatchId)).map(dispatch -> dispatch.record);
    }

    @Override
    public synchronized boolean updateState(String dispatchId, DispatchState state, Instant at) {
        Dispatch dispatch = dispatches.get(dispatchId);
        if (dispatch == null || dispatch.record.state().isFinal() || (state == DispatchState.COMPLETED && !dispatch.isPlanComplete())) {
            return false;
        }
        dispatch.record = dispatch.record.withState(state);
        return true;
    }

    @Override
    public synchronized boolean startSending(String dispatchId, Instant at) {
        Dispatch dispatch = dispatches.get(dispatchId);
        if (dispatch == null || dispatch.record.state() != DispatchState.SCHEDULED) {
            return false;
        }
        dispatch.record = dispatch.record.withState(DispatchState.RUNNING);
        return true;
    }

    @Override
    public synchronized boolean addPlanPart(String dispatchId, List<JournalEntry> entries, PlanProgress progress) {
        Dispatch dispatch = existing(dispatchId);
        if (dispatch.record.state().isFinal()) {
            return false;
        }
        if (entries.stream().anyMatch(entry -> !entry.dispatchId().equals(dispatchId))) {
            throw new IllegalArgumentException("A part of the plan of dispatch " + dispatchId + " holds another dispatch's letter; nothing was added.");
        }
        addToPlan(entries);
        dispatch.progress = progress;
        if (dispatch.record.state() == DispatchState.PLANNING && (!entries.isEmpty() || progress.complete())) {
            dispatch.record = dispatch.record.withState(DispatchState.SCHEDULED);
        }
        return true;
    }

    @Override
    public synchronized Optional<PlanProgress> planProgress(String dispatchId) {
        return Optional.ofNullable(existing(dispatchId).progress);
    }

    @Override
    public synchronized List<DispatchSummary> history(HistoryQuery query) {
        return dispatches.values().stream()
                .filter(dispatch -> query.matches(dispatch.record))
                .sorted(Comparator.comparing((Dispatch dispatch) -> dispatch.record.createdAt()).thenComparing(dispatch -> dispatch.record.id())
                        .reversed())
                .limit(query.limit())
                .map(dispatch -> new DispatchSummary(dispatch.record, status(dispatch),
                        dispatch.events.stream().filter(event -> event.type() == EventType.SENT).map(JournalEvent::at).min(Comparator.naturalOrder()),
                        lastLineAt(dispatch)))
                .toList();
    }

    @Override
    public synchronized List<String> dispatchesWithDueWork(Instant now) {
        return dispatches.values().stream()
                .filter(dispatch -> dispatch.record.state().isSending())
                .filter(dispatch -> dispatch.letters.values().stream().anyMatch(slot -> isClaimable(slot, now)))
                .sorted(Comparator.comparing((Dispatch dispatch) -> dispatch.record.createdAt()).thenComparing(dispatch -> dispatch.record.id()))
                .map(dispatch -> dispatch.record.id())
                .toList();
    }

    @Override
    public synchronized void addToPlan(List<JournalEntry> entries) {
        Map<String, List<JournalEntry>> byDispatch = new HashMap<>();
        for (JournalEntry entry : entries) {
            Dispatch dispatch = existing(entry.dispatchId());
            List<JournalEntry> adding = byDispatch.computeIfAbsent(entry.dispatchId(), id -> new ArrayList<>());
            if (dispatch.letters.containsKey(entry.row().number()) || adding.stream().anyMatch(other -> other.row().number() == entry.row().number())) {
                throw new IllegalArgumentException("Row " + entry.row().number() + " is already in the plan of dispatch " + entry.dispatchId()
                        + "; nothing was added.");
            }
            adding.add(entry);
        }
        for (JournalEntry entry : entries) {
            dispatches.get(entry.dispatchId()).letters.put(entry.row().number(), new Slot(entry));
        }
    }

    @Override
    public synchronized List<JournalEntry> claim(String dispatchId, String owner, Instant now, Duration lease, int max) {
        Dispatch dispatch = existing(dispatchId);
        if (!dispatch.record.state().isSending() || max < 1) {
            return List.of();
        }
        leases.put(owner, now.plus(lease));
        List<JournalEntry> claimed = new ArrayList<>();
        for (Slot slot : dispatch.letters.values().stream().filter(slot -> isClaimable(slot, now)).sorted(CLAIM_ORDER).limit(max).toList()) {
            slot.entry = slot.entry.settled(DeliveryState.CLAIMED, slot.entry.reason());
            slot.owner = owner;
            claimed.add(slot.entry);
        }
        return claimed;
    }

    @Override
    public synchronized void heartbeat(String owner, Instant now, Duration lease) {
        leases.put(owner, now.plus(lease));
    }

    @Override
    public synchronized void recordAll(List<JournalEntry> updated, List<JournalEvent> events) {
        List<Slot> slots = updated.stream().map(this::openSlot).toList();
        events.forEach(event -> existing(event.dispatchId()));
        for (int i = 0; i < updated.size(); i++) {
            Slot slot = slots.get(i);
            slot.entry = updated.get(i);
            if (slot.entry.state() != DeliveryState.CLAIMED) {
                slot.owner = null;
            }
        }
        events.forEach(event -> dispatches.get(event.dispatchId()).events.add(event));
    }

    /** The letter's slot, when it may still change. */
    private Slot openSlot(JournalEntry entry) {
        Slot slot = existing(entry.dispatchId()).letters.get(entry.row().number());
        if (slot == null || !slot.entry.messageId().equals(entry.messageId())) {
            throw new IllegalArgumentException("Dispatch " + entry.dispatchId() + " has no letter " + entry.messageId() + "; nothing was written.");
        }
        if (slot.entry.state().isFinal()) {
            throw new IllegalStateException("Letter " + entry.messageId() + " is already " + slot.entry.state()
                    + "; a settled letter never changes. Nothing was written.");
        }
        return slot;
    }

    @Override
    public synchronized List<JournalEntry> paperBatch(String dispatchId, String batchId) {
        return existing(dispatchId).letters.values().stream().map(slot -> slot.entry)
                .filter(entry -> entry.paperBatch().filter(batchId::equals).isPresent())
                .toList();
    }

    @Override
    public synchronized int cancel(String dispatchId, Instant now) {
        Dispatch dispatch = existing(dispatchId);
        if (dispatch.record.state().isFinal()) {
            return 0;
        }
        int cancelled = 0;
        for (Slot slot : dispatch.letters.values()) {
            boolean heldByLiveRunner = slot.entry.state() == DeliveryState.CLAIMED && isAlive(slot.owner, now);
            if (!slot.entry.state().isFinal() && !heldByLiveRunner) {
                slot.entry = slot.entry.settled(DeliveryState.CANCELLED, slot.entry.reason());
                slot.owner = null;
                dispatch.events.add(new JournalEvent(dispatchId, slot.entry.messageId(), slot.entry.row().number(), now, EventType.CANCELLED, "",
                        "The dispatch was cancelled."));
                cancelled++;
            }
        }
        dispatch.record = dispatch.record.withState(DispatchState.CANCELLED);
        return cancelled;
    }

    @Override
    public synchronized DispatchStatus status(String dispatchId) {
        return status(existing(dispatchId));
    }

    @Override
    public synchronized Page<JournalEntry> letters(String dispatchId, LetterQuery query) {
        long after = Cursors.rowAfter(query.after());
        List<JournalEntry> page = existing(dispatchId).letters.tailMap(after, false).values().stream()
                .map(slot -> slot.entry)
                .filter(query::matches)
                .limit(query.limit() + 1L)
                .toList();
        return Cursors.letterPage(page, query.limit());
    }

    @Override
    public synchronized Page<JournalEvent> events(String dispatchId, EventQuery query) {
        Dispatch dispatch = existing(dispatchId);
        LogPage page = new LogPage(query.limit());
        Cursors.LogPosition position = Cursors.logPosition(query.after());
        if (position.inPlan()) {
            for (Slot slot : dispatch.letters.tailMap(position.after(), false).values()) {
                if (matches(query, slot.entry) && !page.addPlanLines(PlanLines.of(slot.entry, dispatch.record.createdAt()), slot.entry.row().number())) {
                    return page.result();
                }
            }
        }
        long from = position.inPlan() ? 0 : position.after();
        for (int index = (int) Math.max(0, from); index < dispatch.events.size(); index++) {
            JournalEvent event = dispatch.events.get(index);
            Slot slot = dispatch.letters.get(event.row());
            if ((slot == null || matches(query, slot.entry)) && !page.addLine(event, index + 1L)) {
                return page.result();
            }
        }
        return page.result();
    }

    private static boolean matches(EventQuery query, JournalEntry entry) {
        return query.messageId().map(entry.messageId()::equals).orElse(true)
                && query.recipient().map(who -> entry.recipient().filter(who::equals).isPresent()).orElse(true);
    }

    @Override
    public synchronized void purgePersonalData(String dispatchId, Instant at) {
        Dispatch dispatch = existing(dispatchId);
        for (Slot slot : dispatch.letters.values()) {
            slot.entry = withoutPersonalData(slot.entry);
        }
        DispatchRecord record = dispatch.record;
        dispatch.record = new DispatchRecord(record.id(), record.options(), record.sender(), record.subject(), record.templateJson(), record.state(),
                record.createdAt(), Optional.of(at));
    }

    @Override
    public synchronized void recordCaseEvents(List<CaseEvent> events) {
        events.forEach(event -> caseEvents.keep(event.caseId(), event.kind(), event));
    }

    @Override
    public synchronized List<CaseEvent> caseEvents(Collection<String> caseIds) {
        return caseEvents.of(caseIds);
    }

    @Override
    public synchronized Optional<String> eventCursor(String operator) {
        return Optional.ofNullable(eventCursors.get(operator));
    }

    @Override
    public synchronized void recordProcessEvents(String operator, List<ProcessEvent> events, Optional<String> cursor, Instant at) {
        events.forEach(event -> processEvents.keep(event.messageId(), event.kind(), event));
        cursor.ifPresent(position -> eventCursors.put(operator, position));
    }

    @Override
    public synchronized List<ProcessEvent> processEvents(Collection<String> messageIds) {
        return processEvents.of(messageIds);
    }

    @Override
    public synchronized Set<String> caseIdsWithLetters(Collection<String> caseIds) {
        Set<String> wanted = new HashSet<>(caseIds);
        Set<String> found = new HashSet<>();
        dispatches.values().forEach(dispatch -> dispatch.letters.values().stream().map(slot -> slot.entry.row().caseId())
                .filter(wanted::contains).forEach(found::add));
        return found;
    }

    @Override
    public synchronized Instant reserveSendingSlots(String dispatchId, int letters, Duration spacing, Instant now) {
        existing(dispatchId);
        Instant next = nextSendingSlot.getOrDefault(dispatchId, now);
        Instant first = next.isAfter(now) ? next : now;
        nextSendingSlot.put(dispatchId, first.plus(spacing.multipliedBy(letters)));
        return first;
    }

    @Override
    public void close() {
        // Nothing is held open.
    }

    /** The entry as a purged journal keeps it: row number, outcome, reason and state, and nothing about the person. */
    static JournalEntry withoutPersonalData(JournalEntry entry) {
        PopulationRow row = entry.row();
        PopulationRow bare = new PopulationRow(row.number(), Map.of(), "", PostalAddress.empty(), "", row.malformed().map(reason -> "(purged)"));
        RecipientOutcome plan = entry.plan();
        RecipientOutcome anonymous = new RecipientOutcome(plan.row(), Optional.empty(), plan.outcome(), plan.mailbox(), plan.reason(), plan.message());
        return new JournalEntry(entry.dispatchId(), entry.messageId(), bare, anonymous, entry.state(), entry.reason(), entry.attempts(), entry.dueAt(),
                entry.paperBatch(), entry.lookup(), entry.arm());
    }

    /** When the last line of the log was written: a stored one, else the plan's, written when the dispatch was made. */
    private static Optional<Instant> lastLineAt(Dispatch dispatch) {
        Optional<Instant> stored = dispatch.events.isEmpty() ? Optional.empty() : Optional.of(dispatch.events.get(dispatch.events.size() - 1).at());
        return stored.or(() -> dispatch.letters.isEmpty() ? Optional.empty() : Optional.of(dispatch.record.createdAt()));
    }

    private static DispatchStatus status(Dispatch dispatch) {
        StatusTally tally = new StatusTally();
        for (Slot slot : dispatch.letters.values()) {
            JournalEntry entry = slot.entry;
            tally.planned(entry.plan().reason(), entry.plan().mailbox().map(MailboxAddress::operatorId), 1);
            entry.arm().ifPresent(arm -> tally.armPlanned(arm, 1));
            if (entry.state().isFinal()) {
                tally.settled(entry.state(), entry.plan().reason(), entry.reason(), StatusTally.batchCounted(entry), 1);
                entry.arm().ifPresent(arm -> tally.armSettled(arm, entry.state(), 1));
            } else if (entry.state() == DeliveryState.CLAIMED) {
                tally.claimed(1);
            }
        }
        return tally.status(dispatch.record.id(), dispatch.isPlanComplete());
    }

    private boolean isClaimable(Slot slot, Instant now) {
        return switch (slot.entry.state()) {
            case PLANNED -> !slot.entry.dueAt().isAfter(now);
            case CLAIMED -> !isAlive(slot.owner, now);
            default -> false;
        };
    }

    private boolean isAlive(String owner, Instant now) {
        Instant until = owner == null ? null : leases.get(owner);
        return until != null && until.isAfter(now);
    }

    private Dispatch existing(String dispatchId) {
        Dispatch dispatch = dispatches.get(dispatchId);
        if (dispatch == null) {
            throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
        }
        return dispatch;
    }

    /** One dispatch: its record, its letters by row, the lines written when sending. */
    private static final class Dispatch {
        DispatchRecord record;
        Experiment experiment;
        /** Null for a dispatch planned whole, without parts. */
        PlanProgress progress;
        final TreeMap<Long, Slot> letters = new TreeMap<>();
        final List<JournalEvent> events = new ArrayList<>();

        Dispatch(DispatchRecord record) {
            this.record = record;
        }

        /** A dispatch planned without parts was planned whole before it left PLANNING. */
        boolean isPlanComplete() {
            return progress != null ? progress.complete() : record.state() != DispatchState.PLANNING;
        }
    }

    /** A letter and the runner holding it, if one does. */
    private static final class Slot {
        JournalEntry entry;
        String owner;

        Slot(JournalEntry entry) {
            this.entry = entry;
        }
    }
}
