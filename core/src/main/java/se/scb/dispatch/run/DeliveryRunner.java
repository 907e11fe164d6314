package se.scb.dispatch.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.CaseResponse;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.plan.PaperFollowUp;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Faults;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.RenderResult;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.validation.AddressCheck;

/**
 * Sends the planned letters of dispatches from the journal: digital letters to the mailbox operator
 * with a bounded number in flight per operator, paced and inside sending windows, retried with
 * backoff; paper letters to the paper channel in batches.
 *
 * <p>Everything it knows is in the journal: work is claimed under a lease kept alive by a
 * heartbeat, a retry is a letter due again later, and a print batch is written to the journal
 * before it is handed over. A runner that dies leaves nothing that another cannot take over, and
 * every attempt at a letter carries the same message id.
 *
 * <p>One thread (the caller's) claims work and starts deliveries; answers come back on the
 * operator's threads and only write to the journal or queue a letter for paper.
 */
public final class DeliveryRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRunner.class);
    /** How often a long run of claimed letters stops to see whether the dispatch was paused or cancelled. */
    private static final Duration STATE_CHECK_INTERVAL = Duration.ofSeconds(1);
    /** The longest an answer waits to be written to the journal (unless many are waiting: see {@link JournalWrites}). */
    private static final Duration FLUSH_INTERVAL = Duration.ofMillis(200);

    private final JournalStore journal;
    private final MailboxOperator operator;
    private final PaperChannel paperChannel;
    private final RunSettings settings;
    private final Clock clock;
    private final DispatchListener listener;
    private final String owner;
    private final Map<String, Semaphore> inFlightPerOperator = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;
    /** Guarded by itself: answers arrive on several threads. */
    private final SplittableRandom random = new SplittableRandom();

    public DeliveryRunner(JournalStore journal, MailboxOperator operator, PaperChannel paperChannel, RunSettings settings, Clock clock,
            DispatchListener listener) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.paperChannel = Objects.requireNonNull(paperChannel, "paperChannel");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.owner = "runner-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dispatch-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.heartbeatInterval().toMillis();
        heartbeat.scheduleAtFixedRate(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    }

    /** The name this runner claims work under, e.g. in the dispatch log. */
    public String owner() {
        return owner;
    }

    /**
     * Sends the dispatch's letters as they fall due and returns when every letter has settled, or
     * when the dispatch is paused or cancelled. Waits through waves and closed sending windows.
     */
    public DispatchStatus runUntilSettled(String dispatchId) {
        new Drain(dispatchId, true).run();
        return journal.status(dispatchId);
    }

    /** Sends what is due now in every sending dispatch, and returns when nothing more is due. */
    public void runDueWork() {
        for (String dispatchId : journal.dispatchesWithDueWork(clock.instant())) {
            new Drain(dispatchId, false).run();
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    private void renewLeases() {
        try {
            journal.heartbeat(owner, clock.instant(), settings.lease());
        } catch (RuntimeException e) {
            LOG.warn("Could not renew the leases of {}: {}", owner, e.getMessage());
        }
    }

    /** One dispatch, sent until it has settled ({@code untilSettled}) or until nothing is due. */
    private final class Drain {
        final String dispatchId;
        final boolean untilSettled;
        final DispatchRecord record;
        final MessageTemplate template;
        final Schedule schedule;
        final Optional<Pacer> pacer;
        /** Letters bound for paper, from the plan and from digital failures. */
        final Queue<JournalEntry> forPaper = new ConcurrentLinkedQueue<>();
        /** Digital letters started and not yet answered. */
        final AtomicLong awaitingAnswer = new AtomicLong();
        final JournalWrites writes = new JournalWrites(journal);
        Instant lastFlush = Instant.MIN;
        final Progress progress;
        /** The dispatch's state is read at most once a STATE_CHECK_INTERVAL; between reads the last answer stands. */
        Instant lastStateCheck = Instant.MIN;
        boolean lastSeenSending = true;

        Drain(String dispatchId, boolean untilSettled) {
            this.dispatchId = dispatchId;
            this.untilSettled = untilSettled;
            this.record = journal.dispatch(dispatchId)
                    .orElseThrow(() -> new IllegalArgumentException("No dispatch with id " + dispatchId + " in the journal."));
            this.template = JournalCodec.template(record.templateJson());
            this.schedule = record.options().schedule();
            this.pacer = schedule.maxPerMinute().isPresent() ? Optional.of(new Pacer(journal, dispatchId, schedule.maxPerMinute().getAsInt(), clock))
                    : Optional.empty();
            this.progress = new Progress(journal.status(dispatchId));
        }

        void run() {
            if (record.state() == DispatchState.SCHEDULED) {
                journal.updateState(dispatchId, DispatchState.RUNNING, clock.instant());
            }
            try {
                sendUntilDone();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("Sending of dispatch {} was interrupted; its claimed letters go to another runner when their lease runs out.", dispatchId);
            } finally {
                awaitAnswers();
                writes.flush();
                submitPaper();
            }
        }

        private void sendUntilDone() throws InterruptedException {
            while (isStillSending()) {
                Instant now = clock.instant();
                if (!schedule.isOpen(now)) {
                    if (!untilSettled) {
                        return;
                    }
                    sleepUntil(schedule.nextOpening(now));
                    continue;
                }
                flushIfDue();
                List<JournalEntry> claimed = journal.claim(dispatchId, owner, now, settings.lease(), settings.claimSize());
                if (claimed.isEmpty()) {
                    writes.flush();
                    submitPaper();
                    if (awaitingAnswer.get() == 0 && isSettled()) {
                        return;
                    }
                    if (!untilSettled && awaitingAnswer.get() == 0) {
                        return;
                    }
                    Thread.sleep(settings.idlePoll().toMillis());
                    continue;
                }
                startAll(claimed);
                if (forPaper.size() >= settings.paperBatchSize()) {
                    submitPaper();
                }
            }
        }

        private void startAll(List<JournalEntry> claimed) throws InterruptedException {
            for (int i = 0; i < claimed.size(); i++) {
                JournalEntry entry = claimed.get(i);
                if (!isStillSending()) {
                    release(claimed.subList(i, claimed.size()));
                    return;
                }
                if (!entry.isDigital() || entry.paperBatch().isPresent()) {
                    forPaper.add(entry);
                } else {
                    // Answers to earlier letters reach the journal while this batch is still being started.
                    flushIfDue();
                    start(entry);
                }
            }
        }

        /**
         * The dispatch is paused or cancelled: the letters not yet started go back unsent (paused), or
         * are cancelled (cancelled: the journal's cancel left them to us, since we held them).
         */
        private void release(List<JournalEntry> unstarted) {
            boolean cancelled = journal.dispatch(dispatchId).map(current -> current.state() == DispatchState.CANCELLED).orElse(true);
            for (JournalEntry entry : unstarted) {
                if (cancelled) {
                    settle(entry.settled(DeliveryState.CANCELLED, entry.reason()), EventType.CANCELLED, "", "The dispatch was cancelled.");
                } else {
                    writes.record(entry.retryAt(entry.dueAt(), entry.attempts()),
                            event(entry, EventType.RELEASED, "", "Given back unsent: the dispatch is no longer sending."));
                }
            }
        }

        private boolean isStillSending() {
            Instant now = clock.instant();
            if (Duration.between(lastStateCheck, now).compareTo(STATE_CHECK_INTERVAL) >= 0) {
                lastStateCheck = now;
                lastSeenSending = journal.dispatch(dispatchId).map(current -> current.state().isSending()).orElse(false);
            }
            return lastSeenSending;
        }

        private boolean isSettled() {
            writes.flush();
            DispatchStatus status = journal.status(dispatchId);
            if (!status.isComplete()) {
                return false;
            }
            if (journal.updateState(dispatchId, DispatchState.COMPLETED, clock.instant())) {
                record.options().paperIfUnansweredAfter().ifPresent(after -> PaperFollowUp.plan(journal, record, after, clock.instant()));
            }
            return true;
        }

        private void start(JournalEntry entry) throws InterruptedException {
            Optional<RenderedMessage> message = render(entry);
            if (message.isEmpty()) {
                return;
            }
            if (pacer.isPresent()) {
                Thread.sleep(pacer.get().reserve().toMillis());
            }
            Semaphore permits = inFlightPerOperator.computeIfAbsent(entry.plan().operatorId().orElseThrow(),
                    id -> new Semaphore(settings.maxInFlightPerOperator()));
            while (!permits.tryAcquire(FLUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                flushIfDue();
            }
            int attempt = entry.attempts() + 1;
            Letter letter = new Letter(entry.messageId(), entry.recipient().orElseThrow(), entry.plan().mailbox().orElseThrow(), message.get(),
                    caseId(entry));
            writes.append(event(entry, EventType.SENT, "", "Attempt " + attempt + "."));
            awaitingAnswer.incrementAndGet();
            deliver(letter).whenComplete((result, error) -> {
                permits.release();
                try {
                    answered(entry.withAttempts(attempt), result != null ? result : transportFault(error));
                } catch (RuntimeException e) {
                    // The journal could not take the answer; the lease runs out and the letter is sent again under the same id.
                    LOG.error("Could not record the answer for letter {} of dispatch {}: {}", entry.messageId(), dispatchId, e.getMessage());
                } finally {
                    awaitingAnswer.decrementAndGet();
                }
            });
        }

        /** Starts a delivery; an adapter that throws or never answers gives a transient failure. */
        private CompletableFuture<DeliveryResult> deliver(Letter letter) {
            try {
                return operator.deliver(letter).toCompletableFuture()
                        .orTimeout(settings.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        private void answered(JournalEntry entry, DeliveryResult result) {
            LOG.debug("Letter {} to {} on attempt {}: {} {}", entry.messageId(), entry.recipient().map(RecipientId::masked).orElse("-"),
                    entry.attempts(), result.code(), result.message());
            if (result.isDelivered()) {
                settle(entry.delivered(clock.instant()), EventType.DELIVERED, result.code(), result.message());
            } else if (result.isRejected()) {
                writes.append(event(entry, EventType.REJECTED, result.code(), result.message()));
                failDigital(entry, ReasonCode.OPERATOR_REJECTED, result);
            } else if (settings.retryPolicy().allowsAnotherAfter(entry.attempts())) {
                Duration wait;
                synchronized (random) {
                    wait = settings.retryPolicy().delayAfter(entry.attempts(), result.retryAfter(), random);
                }
                writes.record(entry.retryAt(clock.instant().plus(wait), entry.attempts()),
                        event(entry, EventType.RETRY_SCHEDULED, result.code(), result.message() + " Next attempt in " + wait.toMillis() + " ms."));
            } else {
                failDigital(entry, ReasonCode.OPERATOR_UNAVAILABLE, result);
            }
        }

        /** Digital delivery has failed for good: paper if the dispatch says so and the address allows, else failed. */
        private void failDigital(JournalEntry entry, ReasonCode reason, DeliveryResult result) {
            if (record.options().paperOnDigitalFailure() && AddressCheck.problem(entry.row().address()).isEmpty()) {
                forPaper.add(entry.settled(DeliveryState.CLAIMED, Optional.of(reason)));
            } else {
                settle(entry.settled(DeliveryState.FAILED, Optional.of(reason)), EventType.FAILED, reason.name(),
                        "After " + entry.attempts() + " attempt(s): " + result.message());
            }
        }

        /** Renders the letter; when that fails the entry is settled as failed and the caller gives up on it. */
        private Optional<RenderedMessage> render(JournalEntry entry) {
            RenderResult rendered = template.render(entry.row().variables());
            if (rendered.isRendered()) {
                return Optional.of(rendered.message());
            }
            // The plan rendered the same template with the same row, so only purged personal data gets here.
            settle(entry.settled(DeliveryState.FAILED, Optional.of(ReasonCode.MISSING_VARIABLE)), EventType.FAILED, ReasonCode.MISSING_VARIABLE.name(),
                    "The row no longer has the variables " + rendered.missingVariables() + " (was its personal data purged?).");
            return Optional.empty();
        }

        /** Writes the waiting answers when there are many, or when the oldest has waited long enough. */
        private void flushIfDue() {
            Instant now = clock.instant();
            if (writes.isFull() || Duration.between(lastFlush, now).compareTo(FLUSH_INTERVAL) >= 0) {
                writes.flush();
                lastFlush = now;
            }
        }

        private void awaitAnswers() {
            try {
                while (awaitingAnswer.get() > 0) {
                    flushIfDue();
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Hands every letter waiting for paper to the channel, a batch at a time. */
        private void submitPaper() {
            // The letters' earlier lines (a rejection before the fallback to paper) come first in the log.
            writes.flush();
            Map<String, List<JournalEntry>> recovered = new LinkedHashMap<>();
            List<JournalEntry> fresh = new ArrayList<>();
            JournalEntry entry;
            while ((entry = forPaper.poll()) != null) {
                if (entry.paperBatch().isPresent()) {
                    recovered.putIfAbsent(entry.paperBatch().get(), journal.paperBatch(dispatchId, entry.paperBatch().get()));
                } else {
                    fresh.add(entry);
                }
            }
            recovered.forEach(this::handOver);
            if (record.options().followUpOf().isPresent()) {
                fresh = withoutAnswered(fresh);
            }
            for (int from = 0; from < fresh.size(); from += settings.paperBatchSize()) {
                List<JournalEntry> chunk = fresh.subList(from, Math.min(fresh.size(), from + settings.paperBatchSize()));
                String batchId = dispatchId.substring(0, Math.min(8, dispatchId.length())) + "-" + UUID.randomUUID();
                // Attempts start again at 0: from here they count hand-overs of the batch (a digital letter's SENT lines stay in the log).
                List<JournalEntry> batched = chunk.stream().map(each -> each.inPaperBatch(batchId, each.reason()).withAttempts(0)).toList();
                // Written before the batch is handed over: after a crash the same batch goes again, whole, under the same id.
                journal.recordAll(batched, batched.stream().map(each -> event(each, EventType.PAPER_BATCHED, batchId, "In print batch " + batchId + "."))
                        .toList());
                handOver(batchId, batched);
            }
        }

        /** A paper follow-up goes only to cases still unanswered now: the others are cancelled, and say why. */
        private List<JournalEntry> withoutAnswered(List<JournalEntry> followUps) {
            List<JournalEntry> unanswered = new ArrayList<>();
            for (JournalEntry entry : followUps) {
                Optional<CaseResponse> answer = journal.response(entry.row().caseId());
                if (answer.isPresent()) {
                    settle(entry.settled(DeliveryState.CANCELLED, entry.reason()), EventType.CANCELLED, "ANSWERED",
                            "The case answered (" + answer.get().channel() + ") before the paper follow-up went out.");
                } else {
                    unanswered.add(entry);
                }
            }
            return unanswered;
        }

        private void handOver(String batchId, List<JournalEntry> batch) {
            List<JournalEntry> open = batch.stream().filter(each -> !each.state().isFinal()).toList();
            List<PaperLetter> letters = new ArrayList<>();
            List<JournalEntry> printable = new ArrayList<>();
            for (JournalEntry each : open) {
                render(each).ifPresent(message -> {
                    printable.add(each);
                    letters.add(new PaperLetter(each.messageId(), each.row().address(), message, caseId(each)));
                });
            }
            if (letters.isEmpty()) {
                return;
            }
            PaperReceipt receipt;
            try {
                receipt = paperChannel.submit(new PaperBatch(batchId, letters));
            } catch (RuntimeException e) {
                // A channel may throw more than ProviderException (a bug, an unchecked I/O error): either way the batch was not taken.
                refused(batchId, printable, e);
                return;
            }
            LOG.info("Paper batch {} took {} letters of dispatch {}", receipt.batchId(), letters.size(), dispatchId);
            List<JournalEntry> handed = printable.stream().map(each -> each.settled(DeliveryState.HANDED_TO_PAPER, each.reason())).toList();
            journal.recordAll(handed, handed.stream().map(each -> event(each, EventType.HANDED_TO_PAPER, receipt.batchId(),
                    "Taken by the paper channel in batch " + receipt.batchId() + ".")).toList());
            handed.forEach(each -> listener.progressed(progress.settled(DeliveryState.HANDED_TO_PAPER)));
        }

        /**
         * The channel did not take the batch. Each hand-over counts as an attempt of each of its letters: while the
         * retry policy allows another, the batch falls due again after the policy's backoff, whole and under the same
         * id; after the last, its letters fail with PAPER_CHANNEL_FAILED, so a permanent fault (a file that is no
         * PDF, a full disk) ends the dispatch instead of repeating for ever.
         */
        private void refused(String batchId, List<JournalEntry> printable, RuntimeException fault) {
            String why = fault instanceof ProviderException ? IdentityNumbers.mask(String.valueOf(fault.getMessage())) : Faults.describe(fault);
            int attempt = printable.stream().mapToInt(JournalEntry::attempts).max().orElse(0) + 1;
            RetryPolicy policy = settings.retryPolicy();
            if (policy.allowsAnotherAfter(attempt)) {
                Duration wait;
                synchronized (random) {
                    wait = policy.delayAfter(attempt, Optional.empty(), random);
                }
                // Without the channel's message: that is logged once, when the batch is given up (and is in every retry's event).
                LOG.warn("The paper channel did not take batch {} ({} letters) of dispatch {} on attempt {} of {}; handed over again in {} ms.",
                        batchId, printable.size(), dispatchId, attempt, policy.maxAttempts(), wait.toMillis());
                Instant next = clock.instant().plus(wait);
                journal.recordAll(printable.stream().map(each -> each.retryAt(next, attempt)).toList(),
                        printable.stream().map(each -> event(each, EventType.RETRY_SCHEDULED, "PAPER_CHANNEL", "Attempt " + attempt + ": "
                                + why + " Batch " + batchId + " is handed over again in " + wait.toMillis() + " ms.")).toList());
                return;
            }
            LOG.error("The paper channel did not take batch {} ({} letters) of dispatch {} after {} attempt(s); its letters fail with {}: {}",
                    batchId, printable.size(), dispatchId, attempt, ReasonCode.PAPER_CHANNEL_FAILED, why);
            List<JournalEntry> failed = printable.stream()
                    .map(each -> each.withAttempts(attempt).settled(DeliveryState.FAILED, Optional.of(ReasonCode.PAPER_CHANNEL_FAILED))).toList();
            journal.recordAll(failed, failed.stream().map(each -> event(each, EventType.FAILED, ReasonCode.PAPER_CHANNEL_FAILED.name(),
                    "After " + attempt + " attempt(s) the paper channel had not taken batch " + batchId + ": " + why)).toList());
            failed.forEach(each -> listener.progressed(progress.settled(DeliveryState.FAILED)));
        }

        private void settle(JournalEntry updated, EventType type, String code, String detail) {
            writes.record(updated, event(updated, type, code, detail));
            listener.progressed(progress.settled(updated.state()));
        }

        private JournalEvent event(JournalEntry entry, EventType type, String code, String detail) {
            return new JournalEvent(dispatchId, entry.messageId(), entry.row().number(), clock.instant(), type, code, detail);
        }

        private void sleepUntil(Instant when) throws InterruptedException {
            long millis = Duration.between(clock.instant(), when).toMillis();
            Thread.sleep(Math.max(settings.idlePoll().toMillis(), Math.min(millis, settings.heartbeatInterval().toMillis())));
        }
    }

    private static Optional<String> caseId(JournalEntry entry) {
        return entry.row().caseId().isEmpty() ? Optional.empty() : Optional.of(entry.row().caseId());
    }

    private static DeliveryResult transportFault(Throwable error) {
        Throwable cause = Faults.rootOf(error);
        if (cause instanceof TimeoutException) {
            return DeliveryResult.transientFailure("TIMEOUT", "The operator did not answer in time.", Optional.empty());
        }
        return DeliveryResult.transientFailure("TRANSPORT", "The delivery failed: " + Faults.describe(cause), Optional.empty());
    }

    /** Running counts for the listener, seeded from what the journal already has settled. */
    private static final class Progress {
        private final long total;
        private final AtomicLong delivered;
        private final AtomicLong onPaper;
        private final AtomicLong failed;

        Progress(DispatchStatus status) {
            total = status.total();
            delivered = new AtomicLong(status.count(DeliveryState.DELIVERED));
            onPaper = new AtomicLong(status.count(DeliveryState.HANDED_TO_PAPER));
            failed = new AtomicLong(status.count(DeliveryState.FAILED) + status.count(DeliveryState.CANCELLED));
        }

        SendProgress settled(DeliveryState state) {
            switch (state) {
                case DELIVERED:
                    delivered.incrementAndGet();
                    break;
                case HANDED_TO_PAPER:
                    onPaper.incrementAndGet();
                    break;
                default:
                    failed.incrementAndGet();
            }
            long d = delivered.get();
            long p = onPaper.get();
            long f = failed.get();
            return new SendProgress(total, d + p + f, d, p, f);
        }
    }
}
