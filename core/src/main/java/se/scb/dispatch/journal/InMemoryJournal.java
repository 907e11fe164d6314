package se.scb.dispatch.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;

/**
 * A journal that lives in the heap: for tests, and for runs that need no durability. Everything is
 * lost when the process ends, so it cannot resume after a crash. One lock guards it all: simple,
 * and fast enough for what it is for.
 */
public final class InMemoryJournal implements Journal {

    /** Letters whose lease ran out first, in row order; then due letters, earliest due first, in row order. */
    private static final Comparator<Slot> CLAIM_ORDER = Comparator
            .comparing((Slot slot) -> slot.entry.state() == DeliveryState.PLANNED)
            .thenComparing(slot -> slot.entry.state() == DeliveryState.PLANNED ? slot.entry.dueAt() : Instant.MIN)
            .thenComparingLong(slot -> slot.entry.row().number());

    private final Map<String, Dispatch> dispatches = new HashMap<>();
    private final Map<String, CaseResponse> firstResponses = new HashMap<>();

    @Override
    public synchronized void createDispatch(DispatchRecord record) {
        if (dispatches.containsKey(record.id())) {
            throw new IllegalArgumentException("A dispatch with id " + record.id() + " already exists.");
        }
        dispatches.put(record.id(), new Dispatch(record.withState(DispatchState.PLANNING)));
    }

    @Override
    public synchronized Optional<DispatchRecord> dispatch(String dispatchId) {
        return Optional.ofNullable(dispatches.get(dispatchId)).map(dispatch -> dispatch.record);
    }

    @Override
    public synchronized boolean updateState(String dispatchId, DispatchState state, Instant at) {
        Dispatch dispatch = dispatches.get(dispatchId);
        if (dispatch == null || dispatch.record.state().isFinal()) {
            return false;
        }
        dispatch.record = dispatch.record.withState(state);
        return true;
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
                        dispatch.events.stream().map(JournalEvent::at).max(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public synchronized List<String> dispatchesWithDueWork(Instant now) {
        return dispatches.values().stream()
                .filter(dispatch -> dispatch.record.state().isSending())
                .filter(dispatch -> dispatch.entries.values().stream().anyMatch(slot -> slot.isClaimable(now)))
                .sorted(Comparator.comparing((Dispatch dispatch) -> dispatch.record.createdAt()).thenComparing(dispatch -> dispatch.record.id()))
                .map(dispatch -> dispatch.record.id())
                .toList();
    }

    @Override
    public synchronized void addToPlan(List<JournalEntry> entries, Instant at) {
        Set<String> adding = new HashSet<>();
        for (JournalEntry entry : entries) {
            if (existing(entry.dispatchId()).entries.containsKey(entry.messageId()) || !adding.add(entry.dispatchId() + "/" + entry.messageId())) {
                throw new IllegalArgumentException("Letter " + entry.messageId() + " is already in the plan of dispatch " + entry.dispatchId()
                        + "; nothing was added.");
            }
        }
        for (JournalEntry entry : entries) {
            Dispatch dispatch = existing(entry.dispatchId());
            dispatch.entries.put(entry.messageId(), new Slot(entry));
            dispatch.events.addAll(PlanEvents.of(entry, at));
        }
    }

    @Override
    public synchronized List<JournalEntry> claim(String dispatchId, String owner, Instant now, Duration lease, int max) {
        Dispatch dispatch = existing(dispatchId);
        List<JournalEntry> claimed = new ArrayList<>();
        if (!dispatch.record.state().isSending()) {
            return claimed;
        }
        List<Slot> claimable = dispatch.entries.values().stream().filter(slot -> slot.isClaimable(now)).sorted(CLAIM_ORDER).limit(Math.max(0, max))
                .toList();
        for (Slot slot : claimable) {
            slot.entry = slot.entry.settled(DeliveryState.CLAIMED, slot.entry.reason());
            slot.owner = owner;
            slot.leaseUntil = now.plus(lease);
            claimed.add(slot.entry);
            dispatch.events.add(new JournalEvent(dispatchId, slot.entry.messageId(), slot.entry.row().number(), now, EventType.CLAIMED, "",
                    "Claimed by " + owner + "."));
        }
        return claimed;
    }

    @Override
    public synchronized void heartbeat(String owner, Instant now, Duration lease) {
        for (Dispatch dispatch : dispatches.values()) {
            for (Slot slot : dispatch.entries.values()) {
                if (slot.entry.state() == DeliveryState.CLAIMED && owner.equals(slot.owner)) {
                    slot.leaseUntil = now.plus(lease);
                }
            }
        }
    }

    @Override
    public synchronized void record(JournalEntry updated, JournalEvent event) {
        recordAll(List.of(updated), List.of(event));
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
                slot.leaseUntil = null;
            }
        }
        events.forEach(event -> dispatches.get(event.dispatchId()).events.add(event));
    }

    /** The letter's slot, when it may still change. */
    private Slot openSlot(JournalEntry entry) {
        Slot slot = existing(entry.dispatchId()).entries.get(entry.messageId());
        if (slot == null) {
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
        return entries(dispatchId).stream().filter(entry -> entry.paperBatch().filter(batchId::equals).isPresent()).toList();
    }

    @Override
    public synchronized void append(JournalEvent event) {
        existing(event.dispatchId()).events.add(event);
    }

    @Override
    public synchronized int cancel(String dispatchId, Instant now) {
        Dispatch dispatch = existing(dispatchId);
        if (dispatch.record.state().isFinal()) {
            return 0;
        }
        int cancelled = 0;
        for (Slot slot : dispatch.inRowOrder()) {
            boolean heldByLiveRunner = slot.entry.state() == DeliveryState.CLAIMED && slot.leaseUntil != null && slot.leaseUntil.isAfter(now);
            if (!slot.entry.state().isFinal() && !heldByLiveRunner) {
                slot.entry = slot.entry.settled(DeliveryState.CANCELLED, slot.entry.reason());
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
    public synchronized List<JournalEvent> events(String dispatchId) {
        return List.copyOf(existing(dispatchId).events);
    }

    @Override
    public synchronized List<JournalEvent> events(String dispatchId, String messageId) {
        return existing(dispatchId).events.stream().filter(event -> event.messageId().equals(messageId)).toList();
    }

    @Override
    public synchronized List<JournalEntry> entries(String dispatchId) {
        return existing(dispatchId).inRowOrder().stream().map(slot -> slot.entry).toList();
    }

    @Override
    public synchronized List<JournalEntry> entriesOf(String dispatchId, RecipientId recipient) {
        return entries(dispatchId).stream().filter(entry -> entry.recipient().filter(recipient::equals).isPresent()).toList();
    }

    @Override
    public synchronized void purgePersonalData(String dispatchId, Instant at) {
        Dispatch dispatch = existing(dispatchId);
        for (Slot slot : dispatch.entries.values()) {
            slot.entry = withoutPersonalData(slot.entry);
        }
        DispatchRecord record = dispatch.record;
        dispatch.record = new DispatchRecord(record.id(), record.options(), record.sender(), record.subject(), record.templateJson(), record.state(),
                record.createdAt(), Optional.of(at));
    }

    @Override
    public synchronized void recordResponse(CaseResponse response) {
        firstResponses.merge(response.caseId(), response, (earlier, later) -> later.at().isBefore(earlier.at()) ? later : earlier);
    }

    @Override
    public synchronized Optional<CaseResponse> response(String caseId) {
        return Optional.ofNullable(firstResponses.get(caseId));
    }

    /** The entry as a purged journal keeps it: row number, outcome, reason and state, and nothing about the person. */
    static JournalEntry withoutPersonalData(JournalEntry entry) {
        PopulationRow row = entry.row();
        PopulationRow bare = new PopulationRow(row.number(), Map.of(), "", PostalAddress.empty(), "", row.malformed().map(reason -> "(purged)"));
        RecipientOutcome plan = entry.plan();
        RecipientOutcome anonymous = new RecipientOutcome(plan.row(), Optional.empty(), plan.outcome(), plan.mailbox(), plan.reason(), plan.message());
        return new JournalEntry(entry.dispatchId(), entry.messageId(), bare, anonymous, entry.state(), entry.reason(), entry.attempts(), entry.dueAt(),
                entry.paperBatch());
    }

    private static DispatchStatus status(Dispatch dispatch) {
        Map<DeliveryState, Long> states = new EnumMap<>(DeliveryState.class);
        Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
        for (Slot slot : dispatch.entries.values()) {
            states.merge(slot.entry.state(), 1L, Long::sum);
            slot.entry.reason().ifPresent(reason -> reasons.merge(reason, 1L, Long::sum));
        }
        return new DispatchStatus(dispatch.record.id(), dispatch.entries.size(), states, reasons);
    }

    private Dispatch existing(String dispatchId) {
        Dispatch dispatch = dispatches.get(dispatchId);
        if (dispatch == null) {
            throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
        }
        return dispatch;
    }

    /** One dispatch: its record, its letters by message id, its log. */
    private static final class Dispatch {
        DispatchRecord record;
        final Map<String, Slot> entries = new TreeMap<>();
        final List<JournalEvent> events = new ArrayList<>();

        Dispatch(DispatchRecord record) {
            this.record = record;
        }

        /** The letters by row number; letters of one row (never in practice) by message id. */
        List<Slot> inRowOrder() {
            return entries.values().stream().sorted(Comparator.comparingLong(slot -> slot.entry.row().number())).toList();
        }
    }

    /** A letter and its lease. */
    private static final class Slot {
        JournalEntry entry;
        String owner;
        Instant leaseUntil;

        Slot(JournalEntry entry) {
            this.entry = entry;
        }

        boolean isClaimable(Instant now) {
            return switch (entry.state()) {
                case PLANNED -> !entry.dueAt().isAfter(now);
                case CLAIMED -> leaseUntil == null || !leaseUntil.isAfter(now);
                default -> false;
            };
        }
    }
}
