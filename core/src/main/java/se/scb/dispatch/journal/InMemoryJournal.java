package se.scb.dispatch.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.population.PostalAddress;
import se.scb.dispatch.validation.ReasonCode;
import se.scb.dispatch.validation.RecipientOutcome;

/**
 * A journal that lives in the heap: for tests, and for runs that need no durability. Everything is
 * lost when the process ends, so it cannot resume after a crash. One lock guards it all: simple,
 * and fast enough for what it is for.
 */
public final class InMemoryJournal implements Journal {

    private final Map<String, Dispatch> dispatches = new HashMap<>();

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
                .sorted(Comparator.comparing((Dispatch dispatch) -> dispatch.record.createdAt()).reversed())
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
                .sorted(Comparator.comparing(dispatch -> dispatch.record.createdAt()))
                .map(dispatch -> dispatch.record.id())
                .toList();
    }

    @Override
    public synchronized void addToPlan(List<JournalEntry> entries, Instant at) {
        for (JournalEntry entry : entries) {
            Dispatch dispatch = existing(entry.dispatchId());
            if (dispatch.entries.putIfAbsent(entry.messageId(), new Slot(entry)) != null) {
                throw new IllegalArgumentException("Letter " + entry.messageId() + " is already in the plan of dispatch " + entry.dispatchId() + ".");
            }
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
        for (Slot slot : dispatch.entries.values()) {
            if (claimed.size() >= max) {
                break;
            }
            if (slot.isClaimable(now)) {
                slot.entry = slot.entry.settled(DeliveryState.CLAIMED, slot.entry.reason());
                slot.owner = owner;
                slot.leaseUntil = now.plus(lease);
                claimed.add(slot.entry);
                dispatch.events.add(new JournalEvent(dispatchId, slot.entry.messageId(), slot.entry.row().number(), now, EventType.CLAIMED, "",
                        "Claimed by " + owner + "."));
            }
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
        Slot slot = existing(updated.dispatchId()).entries.get(updated.messageId());
        if (slot == null) {
            throw new IllegalArgumentException("Dispatch " + updated.dispatchId() + " has no letter " + updated.messageId() + ".");
        }
        if (slot.entry.state().isFinal()) {
            throw new IllegalStateException("Letter " + updated.messageId() + " is already " + slot.entry.state() + "; a settled letter never changes.");
        }
        slot.entry = updated;
        if (updated.state() != DeliveryState.CLAIMED) {
            slot.owner = null;
            slot.leaseUntil = null;
        }
        existing(updated.dispatchId()).events.add(event);
    }

    @Override
    public synchronized void recordAll(List<JournalEntry> updated, List<JournalEvent> events) {
        for (JournalEntry entry : updated) {
            Slot slot = existing(entry.dispatchId()).entries.get(entry.messageId());
            if (slot == null || slot.entry.state().isFinal()) {
                throw new IllegalStateException("Letter " + entry.messageId() + " is unknown or already settled; nothing was written.");
            }
        }
        for (int i = 0; i < updated.size(); i++) {
            record(updated.get(i), events.get(i));
        }
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
        for (Slot slot : dispatch.entries.values()) {
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
        return existing(dispatchId).entries.values().stream()
                .map(slot -> slot.entry)
                .sorted(Comparator.comparingLong(entry -> entry.row().number()))
                .toList();
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
