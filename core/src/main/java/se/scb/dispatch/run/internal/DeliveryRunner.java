package se.scb.dispatch.run.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.routing.internal.Router;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperChannel;

/**
 * Sends the planned letters of dispatches from the journal. The pipeline, per dispatch
 * ({@link DispatchDrain}): claim the letters that are due → render each ({@link LetterRendering}) →
 * digital ones onto the wire, paced and bounded in flight ({@link DigitalSender}), paper ones into
 * print batches ({@link PaperBatches}) → each answer decided by the {@link AnswerPolicy} (settle,
 * retry later, or hand to paper) → written to the journal in batches ({@link LetterLog}).
 *
 * <p>Everything it knows is in the journal: work is claimed under a lease kept alive by a
 * heartbeat, a retry is a letter due again later, and a print batch is written to the journal
 * before it is handed over. A runner that dies leaves nothing that another cannot take over, and
 * every attempt at a letter carries the same message id.
 *
 * <p>One thread (the caller's) claims work and starts deliveries; answers come back on the
 * operator's threads and only queue a write to the journal or a letter for paper; the gathered
 * writes go to the journal on a writer thread of the runner's own while the caller sends on.
 */
public final class DeliveryRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRunner.class);

    private final DispatchDrain.RunnerParts parts;
    /** The in-flight bound across all of this runner's dispatches; see {@link #permitsFor}. */
    private final Map<String, Semaphore> inFlightPerOperator = new ConcurrentHashMap<>();
    private final Optional<Semaphore> inFlightOfAdapter;
    private final RandomGenerator random = new SplittableRandom();
    private final ScheduledExecutorService heartbeat;
    private final ExecutorService journalWriter;

    public DeliveryRunner(JournalStore journal, MailboxOperator operator, PaperChannel paperChannel, RunSettings settings, Clock clock,
            DispatchListener listener) {
        this(journal, operator, paperChannel, settings, clock, listener, Optional.empty());
    }

    /** @param directory asked again about a reminder's digital letters just before they go ({@link FreshLookup}) */
    public DeliveryRunner(JournalStore journal, MailboxOperator operator, PaperChannel paperChannel, RunSettings settings, Clock clock,
            DispatchListener listener, Optional<Router> directory) {
        String owner = "runner-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.journalWriter = Executors.newSingleThreadExecutor(DaemonThreads.named("dispatch-journal-writer"));
        this.parts = new DispatchDrain.RunnerParts(Objects.requireNonNull(journal, "journal"), Objects.requireNonNull(operator, "operator"),
                Objects.requireNonNull(paperChannel, "paperChannel"), Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(listener, "listener"), owner, journalWriter,
                Objects.requireNonNull(directory, "directory"));
        this.inFlightOfAdapter = operator.maxInFlight().isPresent() ? Optional.of(new Semaphore(operator.maxInFlight().getAsInt()))
                : Optional.empty();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("dispatch-heartbeat"));
        long every = settings.heartbeatInterval().toMillis();
        heartbeat.scheduleAtFixedRate(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    }

    /** The name this runner claims work under, e.g. in the dispatch log. */
    public String owner() {
        return parts.owner();
    }

    /**
     * Sends the dispatch's letters as they fall due and returns when every letter has settled, or
     * when the dispatch is paused or cancelled. Waits through waves and closed sending windows.
     */
    public DispatchStatus runUntilSettled(String dispatchId) {
        return runUntilSettled(dispatchId, () -> false);
    }

    /**
     * As {@link #runUntilSettled(String)} for a dispatch whose plan may still be being written: its letters go out
     * part by part as the plan's parts are written. Returns when every letter has settled and the plan is complete,
     * when the dispatch stops sending, or when nothing is left to send of a plan that is incomplete and no longer being
     * written ({@code planBeingWritten} false: the planner stopped, or none runs here), which can then not complete.
     */
    public DispatchStatus runUntilSettled(String dispatchId, BooleanSupplier planBeingWritten) {
        drain(dispatchId, planBeingWritten).run(true);
        return parts.journal().status(dispatchId);
    }

    /** Sends what is due now in every sending dispatch, and returns when nothing more is due. */
    public void runDueWork() {
        for (String dispatchId : parts.journal().dispatchesWithDueWork(parts.clock().instant())) {
            drain(dispatchId, () -> false).run(false);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        // Every drain waited for its writes before it returned; nothing is left to write.
        journalWriter.shutdown();
    }

    private DispatchDrain drain(String dispatchId, BooleanSupplier planBeingWritten) {
        return new DispatchDrain(dispatchId, parts, this::permitsFor, random, planBeingWritten);
    }

    /**
     * An adapter that bounds its calls itself ({@link MailboxOperator#maxInFlight()}) has that many
     * permits, shared by every operator it reaches, since its bound is one over all of them: more
     * letters open would only wait inside the adapter, where a time-out runs. Otherwise each operator
     * has {@link RunSettings#maxInFlightPerOperator()}.
     */
    private Semaphore permitsFor(String operatorId) {
        return inFlightOfAdapter.orElseGet(() -> inFlightPerOperator.computeIfAbsent(operatorId,
                id -> new Semaphore(parts.settings().maxInFlightPerOperator())));
    }

    private void renewLeases() {
        try {
            parts.journal().heartbeat(parts.owner(), parts.clock().instant(), parts.settings().lease());
        } catch (RuntimeException e) {
            LOG.warn("Could not renew the leases of {}: {}", parts.owner(), e.getMessage());
        }
    }
}
