package se.scb.dispatch.journal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import se.scb.dispatch.validation.ReasonCode;

/**
 * A journal that lives in the heap: for tests and for runs that need no durability. Everything is
 * lost when the process ends, so it cannot resume after a crash.
 */
public final class InMemoryJournal implements Journal {

    private final Map<String, Dispatch> dispatches = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryJournal() {
        this(Clock.systemUTC());
    }

    /** A journal that stamps the events it writes itself (PLANNED) with the given clock. */
    public InMemoryJournal(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void createDispatch(DispatchRecord record) {
        if (dispatches.putIfAbsent(record.id(), new Dispatch(record)) != null) {
            throw new IllegalArgumentException("A dispatch with id " + record.id() + " already exists.");
        }
    }

    @Override
    public Optional<DispatchRecord> dispatch(String dispatchId) {
        return Optional.ofNullable(dispatches.get(dispatchId)).map(dispatch -> dispatch.record);
    }

    @Override
    public void addToPlan(List<JournalEntry> entries) {
        for (JournalEntry entry : entries) {
            Dispatch dispatch = existing(entry.dispatchId());
            synchronized (dispatch) {
                dispatch.add(entry);
                dispatch.events.addAll(PlanEvents.of(entry, clock.instant()));
            }
        }
    }

    @Override
    public List<JournalEntry> claim(String dispatchId, int max) {
        Dispatch dispatch = existing(dispatchId);
        synchronized (dispatch) {
            List<JournalEntry> claimed = new ArrayList<>();
            while (claimed.size() < max && !dispatch.planned.isEmpty()) {
                JournalEntry entry = dispatch.entries.get(dispatch.planned.poll());
                JournalEntry moved = entry.withState(DeliveryState.CLAIMED, entry.reason(), entry.attempts());
                dispatch.entries.put(moved.messageId(), moved);
                claimed.add(moved);
            }
            return claimed;
        }
    }

    @Override
    public void record(JournalEntry updated, JournalEvent event) {
        Dispatch dispatch = existing(updated.dispatchId());
        synchronized (dispatch) {
            JournalEntry current = dispatch.entries.get(updated.messageId());
            if (current == null) {
                throw new IllegalArgumentException("Dispatch " + updated.dispatchId() + " has no letter " + updated.messageId() + ".");
            }
            if (current.state().isFinal()) {
                throw new IllegalStateException("Letter " + updated.messageId() + " is already " + current.state()
                        + "; a settled letter never changes.");
            }
            dispatch.entries.put(updated.messageId(), updated);
            dispatch.events.add(event);
        }
    }

    @Override
    public void append(JournalEvent event) {
        Dispatch dispatch = existing(event.dispatchId());
        synchronized (dispatch) {
            dispatch.events.add(event);
        }
    }

    @Override
    public DispatchStatus status(String dispatchId) {
        Dispatch dispatch = existing(dispatchId);
        synchronized (dispatch) {
            Map<DeliveryState, Long> states = new EnumMap<>(DeliveryState.class);
            Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
            for (JournalEntry entry : dispatch.entries.values()) {
                states.merge(entry.state(), 1L, Long::sum);
                entry.reason().ifPresent(reason -> reasons.merge(reason, 1L, Long::sum));
            }
            return new DispatchStatus(dispatchId, dispatch.entries.size(), states, reasons);
        }
    }

    @Override
    public List<JournalEvent> events(String dispatchId) {
        Dispatch dispatch = existing(dispatchId);
        synchronized (dispatch) {
            return List.copyOf(dispatch.events);
        }
    }

    @Override
    public List<JournalEntry> entries(String dispatchId) {
        Dispatch dispatch = existing(dispatchId);
        synchronized (dispatch) {
            return List.copyOf(dispatch.entries.values());
        }
    }

    private Dispatch existing(String dispatchId) {
        Dispatch dispatch = dispatches.get(dispatchId);
        if (dispatch == null) {
            throw new IllegalArgumentException("No dispatch with id " + dispatchId + " in this journal.");
        }
        return dispatch;
    }

    /** One dispatch's state; guarded by its own monitor. */
    private static final class Dispatch {
        final DispatchRecord record;
        final Map<String, JournalEntry> entries = new LinkedHashMap<>();
        final Queue<String> planned = new ArrayDeque<>();
        final List<JournalEvent> events = new ArrayList<>();

        Dispatch(DispatchRecord record) {
            this.record = record;
        }

        void add(JournalEntry entry) {
            if (entries.putIfAbsent(entry.messageId(), entry) != null) {
                throw new IllegalArgumentException("Letter " + entry.messageId() + " is already in the plan of dispatch " + record.id() + ".");
            }
            if (entry.state() == DeliveryState.PLANNED) {
                planned.add(entry.messageId());
            }
        }
    }
}
