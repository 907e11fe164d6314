package se.scb.dispatch.run;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.JournalEvent;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.RenderResult;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.validation.AddressCheck;
import se.scb.dispatch.validation.Outcome;
import se.scb.dispatch.validation.ReasonCode;

/**
 * Sends the planned letters of one dispatch until every one has settled: digital letters to the
 * mailbox operator with a bounded number in flight per operator and retries with backoff, paper
 * letters to the paper channel in batches.
 *
 * <p>One thread (the caller's) claims work and starts deliveries; answers come back on the
 * operator's threads and only update the journal, schedule a retry or queue a letter for paper.
 */
public final class DeliveryRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRunner.class);
    private static final long IDLE_POLL_MILLIS = 20;

    private final Journal journal;
    private final MailboxOperator operator;
    private final PaperChannel paperChannel;
    private final RunSettings settings;
    private final Clock clock;
    private final DispatchListener listener;

    public DeliveryRunner(Journal journal, MailboxOperator operator, PaperChannel paperChannel, RunSettings settings,
            Clock clock, DispatchListener listener) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.paperChannel = Objects.requireNonNull(paperChannel, "paperChannel");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Sends every planned letter of the dispatch and returns when all have settled.
     *
     * @param paperOnDigitalFailure hand a letter to paper when digital delivery fails for good
     */
    public DispatchStatus run(String dispatchId, MessageTemplate template, boolean paperOnDigitalFailure) {
        Run run = new Run(dispatchId, template, paperOnDigitalFailure);
        try {
            run.sendAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending dispatch " + dispatchId
                    + "; the letters not yet settled stay claimed in the journal.", e);
        } finally {
            run.scheduler.shutdownNow();
        }
        return journal.status(dispatchId);
    }

    /** One run over one dispatch. */
    private final class Run {
        final String dispatchId;
        final MessageTemplate template;
        final boolean paperOnDigitalFailure;
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dispatch-retries");
            thread.setDaemon(true);
            return thread;
        });
        final Map<String, Semaphore> inFlight = new ConcurrentHashMap<>();
        /** Attempts ready to start: new letters, and retries whose wait is over. */
        final BlockingQueue<Attempt> ready = new LinkedBlockingQueue<>();
        /** Letters bound for paper, from the plan and from digital failures. */
        final Queue<JournalEntry> forPaper = new ConcurrentLinkedQueue<>();
        /** Digital letters claimed and not yet settled (a letter queued for paper counts as settled here). */
        final AtomicLong unsettledDigital = new AtomicLong();
        /** Guarded by itself: answers arrive on several threads. */
        final SplittableRandom random = new SplittableRandom();
        final Progress progress;

        Run(String dispatchId, MessageTemplate template, boolean paperOnDigitalFailure) {
            this.dispatchId = dispatchId;
            this.template = template;
            this.paperOnDigitalFailure = paperOnDigitalFailure;
            this.progress = new Progress(journal.status(dispatchId));
        }

        void sendAll() throws InterruptedException {
            boolean planExhausted = false;
            while (true) {
                if (!planExhausted && ready.size() < settings.claimSize()) {
                    planExhausted = claimMore();
                }
                if (forPaper.size() >= settings.paperBatchSize()) {
                    submitPaper();
                }
                Attempt next = ready.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    start(next);
                } else if (planExhausted && unsettledDigital.get() == 0) {
                    break;
                }
            }
            while (!forPaper.isEmpty()) {
                submitPaper();
            }
        }

        /** Claims the next batch; true when the plan has nothing more. */
        private boolean claimMore() {
            List<JournalEntry> claimed = journal.claim(dispatchId, settings.claimSize());
            for (JournalEntry entry : claimed) {
                if (entry.plan().outcome() == Outcome.PAPER) {
                    forPaper.add(entry);
                } else {
                    unsettledDigital.incrementAndGet();
                    ready.add(new Attempt(entry, 1));
                }
            }
            return claimed.isEmpty();
        }

        private void start(Attempt attempt) throws InterruptedException {
            JournalEntry entry = attempt.entry;
            Optional<RenderedMessage> message = render(entry);
            if (message.isEmpty()) {
                unsettledDigital.decrementAndGet();
                return;
            }
            Semaphore permits = inFlight.computeIfAbsent(entry.plan().operatorId().orElseThrow(),
                    id -> new Semaphore(settings.maxInFlightPerOperator()));
            permits.acquire();
            Letter letter = new Letter(entry.messageId(), entry.recipient().orElseThrow(), entry.plan().mailbox().orElseThrow(),
                    message.get(), caseId(entry));
            log(entry, EventType.SENT, "", "Attempt " + attempt.number + ".");
            deliver(letter).whenComplete((result, error) -> {
                permits.release();
                answered(attempt, result != null ? result : transportFault(error));
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

        private void answered(Attempt attempt, DeliveryResult result) {
            JournalEntry entry = attempt.entry;
            if (result.isDelivered()) {
                settle(entry.withState(DeliveryState.DELIVERED, Optional.empty(), attempt.number), EventType.DELIVERED, result.code(),
                        result.message());
                unsettledDigital.decrementAndGet();
            } else if (result.isRejected()) {
                log(entry, EventType.REJECTED, result.code(), result.message());
                failDigital(attempt, ReasonCode.OPERATOR_REJECTED, result);
            } else if (settings.retryPolicy().allowsAnotherAfter(attempt.number)) {
                Duration wait;
                synchronized (random) {
                    wait = settings.retryPolicy().delayAfter(attempt.number, result.retryAfter(), random);
                }
                log(entry, EventType.RETRY_SCHEDULED, result.code(), result.message() + " Next attempt in " + wait.toMillis() + " ms.");
                scheduler.schedule(() -> ready.add(new Attempt(entry, attempt.number + 1)), wait.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                failDigital(attempt, ReasonCode.OPERATOR_UNAVAILABLE, result);
            }
        }

        /** Digital delivery has failed for good: paper if the dispatch says so and the address allows, else failed. */
        private void failDigital(Attempt attempt, ReasonCode reason, DeliveryResult result) {
            JournalEntry entry = attempt.entry.withState(DeliveryState.CLAIMED, Optional.of(reason), attempt.number);
            if (paperOnDigitalFailure && AddressCheck.problem(entry.row().address()).isEmpty()) {
                forPaper.add(entry);
            } else {
                settle(entry.withState(DeliveryState.FAILED, Optional.of(reason), attempt.number), EventType.FAILED, reason.name(),
                        "After " + attempt.number + " attempt(s): " + result.message());
            }
            unsettledDigital.decrementAndGet();
        }

        /** Renders the letter; when that fails the entry is settled as failed and the caller gives up on it. */
        private Optional<RenderedMessage> render(JournalEntry entry) {
            RenderResult rendered = template.render(entry.row().variables());
            if (rendered.isRendered()) {
                return Optional.of(rendered.message());
            }
            // Validation renders the same template with the same rows, so this means the template changed under us.
            settle(entry.withState(DeliveryState.FAILED, Optional.of(ReasonCode.MISSING_VARIABLE), entry.attempts()), EventType.FAILED,
                    ReasonCode.MISSING_VARIABLE.name(), "The template now uses variables the row lacks: " + rendered.missingVariables());
            return Optional.empty();
        }

        private void submitPaper() {
            List<JournalEntry> batch = new ArrayList<>();
            List<PaperLetter> letters = new ArrayList<>();
            JournalEntry entry;
            while (batch.size() < settings.paperBatchSize() && (entry = forPaper.poll()) != null) {
                Optional<RenderedMessage> message = render(entry);
                if (message.isPresent()) {
                    batch.add(entry);
                    letters.add(new PaperLetter(entry.messageId(), entry.row().address(), message.get(), caseId(entry)));
                }
            }
            if (letters.isEmpty()) {
                return;
            }
            PaperReceipt receipt;
            try {
                receipt = paperChannel.submit(letters);
            } catch (ProviderException e) {
                LOG.error("The paper channel did not take a batch of {} letters of dispatch {}: {}", letters.size(), dispatchId,
                        e.getMessage());
                for (JournalEntry failed : batch) {
                    settle(failed.withState(DeliveryState.FAILED, failed.reason(), failed.attempts()), EventType.FAILED, "PAPER_CHANNEL",
                            "The paper channel did not take the batch: " + e.getMessage());
                }
                return;
            }
            LOG.info("Paper batch {} took {} letters of dispatch {}", receipt.batchId(), letters.size(), dispatchId);
            for (JournalEntry taken : batch) {
                settle(taken.withState(DeliveryState.HANDED_TO_PAPER, taken.reason(), taken.attempts()), EventType.HANDED_TO_PAPER,
                        receipt.batchId(), "In print batch " + receipt.batchId() + ".");
            }
        }

        private void settle(JournalEntry updated, EventType type, String code, String detail) {
            journal.record(updated, event(updated, type, code, detail));
            listener.progressed(progress.settled(updated.state()));
        }

        private void log(JournalEntry entry, EventType type, String code, String detail) {
            journal.append(event(entry, type, code, detail));
        }

        private JournalEvent event(JournalEntry entry, EventType type, String code, String detail) {
            return new JournalEvent(dispatchId, entry.messageId(), entry.row().number(), clock.instant(), type, code, detail);
        }
    }

    private static Optional<String> caseId(JournalEntry entry) {
        return entry.row().caseId().isEmpty() ? Optional.empty() : Optional.of(entry.row().caseId());
    }

    private static DeliveryResult transportFault(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof java.util.concurrent.TimeoutException) {
            return DeliveryResult.transientFailure("TIMEOUT", "The operator did not answer in time.", Optional.empty());
        }
        return DeliveryResult.transientFailure("TRANSPORT", "The delivery failed: " + cause.getClass().getSimpleName(), Optional.empty());
    }

    /** One try at one letter. */
    private record Attempt(JournalEntry entry, int number) {
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
