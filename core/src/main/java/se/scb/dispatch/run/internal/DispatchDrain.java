package se.scb.dispatch.run.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.check.internal.AddressCheck;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.plan.internal.Reminders;
import se.scb.dispatch.routing.internal.Router;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.template.RenderedMessage;

/**
 * One dispatch, sent until it has settled, or until nothing more is due: claims the letters that are
 * due (inside the sending window), starts the digital ones and gathers the paper ones, acts on each
 * answer as the {@link AnswerPolicy} decides, and stops when the dispatch is paused or cancelled.
 */
final class DispatchDrain {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchDrain.class);
    /** How often a long run of claimed letters stops to see whether the dispatch was paused or cancelled. */
    private static final Duration STATE_CHECK_INTERVAL = Duration.ofSeconds(1);

    private final JournalStore journal;
    private final String owner;
    private final RunSettings settings;
    private final Clock clock;
    private final DispatchRecord dispatch;
    private final Schedule schedule;
    private final LetterLog log;
    private final LetterRendering rendering;
    private final AnswerPolicy policy;
    private final DigitalSender digital;
    private final PaperBatches paper;
    private final Optional<FreshLookup> freshLookup;
    /** Whether a planner in this process is still writing the dispatch's plan: until it stops, an incomplete plan is worth waiting for. */
    private final BooleanSupplier planBeingWritten;
    /** The dispatch's state is read at most once a STATE_CHECK_INTERVAL; between reads the last answer stands. */
    private Instant lastStateCheck = Instant.MIN;
    private boolean lastSeenSending = true;

    DispatchDrain(String dispatchId, RunnerParts runner, Function<String, Semaphore> permitsPerOperator, RandomGenerator random,
            BooleanSupplier planBeingWritten) {
        this.planBeingWritten = planBeingWritten;
        this.journal = runner.journal();
        this.owner = runner.owner();
        this.settings = runner.settings();
        this.clock = runner.clock();
        this.dispatch = journal.dispatch(dispatchId)
                .orElseThrow(() -> new IllegalArgumentException("No dispatch with id " + dispatchId + " in the journal."));
        this.schedule = dispatch.options().schedule();
        this.log = new LetterLog(journal, dispatchId, clock, runner.listener(), runner.journalWriter());
        this.rendering = new LetterRendering(JournalCodec.template(dispatch.templateJson()), journal.experiment(dispatchId), log);
        this.policy = new AnswerPolicy(settings.retryPolicy(), dispatch.options().paperOnDigitalFailure(), random);
        Optional<Pacer> pacer = schedule.maxPerMinute().isPresent()
                ? Optional.of(new Pacer(journal, dispatchId, schedule.maxPerMinute().getAsInt(), clock))
                : Optional.empty();
        this.digital = new DigitalSender(runner.operator(), permitsPerOperator, settings.deliveryTimeout(), pacer);
        this.paper = new PaperBatches(journal, runner.paperChannel(), dispatch, settings.paperBatchSize(), policy, log, rendering);
        this.freshLookup = dispatch.options().followUpOf().isPresent() ? FreshLookup.forReminder(runner.directory(), dispatch.sender())
                : Optional.empty();
    }

    /** Sends until the dispatch has settled ({@code untilSettled}: waiting through waves and closed windows), or until nothing is due. */
    void run(boolean untilSettled) {
        if (dispatch.state() == DispatchState.SCHEDULED) {
            // Only from SCHEDULED: a pause or cancel since this drain read the dispatch stands.
            journal.startSending(dispatch.id(), clock.instant());
        }
        try {
            sendUntilDone(untilSettled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Sending of dispatch {} was interrupted; its claimed letters go to another runner when their lease runs out.", dispatch.id());
        } finally {
            awaitAnswers();
            log.flush();
            paper.submit();
        }
    }

    private void sendUntilDone(boolean untilSettled) throws InterruptedException {
        while (isStillSending()) {
            Instant now = clock.instant();
            if (!schedule.isOpen(now)) {
                if (!untilSettled) {
                    return;
                }
                sleepUntil(schedule.nextOpening(now));
                continue;
            }
            log.flushIfDue();
            List<JournalEntry> claimed = journal.claim(dispatch.id(), owner, now, settings.lease(), settings.claimSize());
            if (claimed.isEmpty()) {
                log.flush();
                paper.submit();
                boolean answered = digital.awaiting() == 0;
                if (answered && (isSettled() || !untilSettled || isPlanLeftIncomplete())) {
                    return;
                }
                Thread.sleep(settings.idlePoll().toMillis());
                continue;
            }
            startAll(claimed);
            if (paper.hasFullBatch()) {
                paper.submit();
            }
        }
    }

    private void startAll(List<JournalEntry> claimedNow) throws InterruptedException {
        // A reminder goes only to cases that have not responded: asked again here, just before the letters go.
        List<JournalEntry> claimed = dispatch.options().followUpOf().isPresent() ? AnsweredCases.skip(journal, log, claimedNow) : claimedNow;
        Map<JournalEntry, Reachability> unreachableNow = freshLookup.map(lookup -> lookup.noLongerReachable(claimed)).orElse(Map.of());
        for (int i = 0; i < claimed.size(); i++) {
            JournalEntry entry = claimed.get(i);
            if (!isStillSending()) {
                release(claimed.subList(i, claimed.size()));
                return;
            }
            if (!entry.isDigital() || entry.paperBatch().isPresent()) {
                paper.add(entry);
            } else if (unreachableNow.containsKey(entry)) {
                reroute(entry, unreachableNow.get(entry));
            } else {
                // Answers to earlier letters reach the journal while this batch is still being started.
                log.flushIfDue();
                start(entry);
            }
        }
    }

    private void start(JournalEntry entry) throws InterruptedException {
        Optional<RenderedMessage> message = rendering.render(entry);
        if (message.isEmpty()) {
            return;
        }
        int attempt = entry.attempts() + 1;
        Letter letter = new Letter(entry.messageId(), entry.recipient().orElseThrow(), entry.plan().mailbox().orElseThrow(), message.get(),
                LetterRendering.caseId(entry));
        log.note(entry, EventType.SENT, "", "Attempt " + attempt + ".");
        digital.send(letter, entry.plan().operatorId().orElseThrow(), log::flushIfDue, result -> answered(entry.withAttempts(attempt), result));
    }

    /** Acts on a digital letter's answer as the policy decides. Runs on the operator's thread. */
    private void answered(JournalEntry entry, DeliveryResult result) {
        LOG.debug("Letter {} to {} on attempt {}: {} {}", entry.messageId(), entry.recipient().map(RecipientId::masked).orElse("-"),
                entry.attempts(), result.code(), result.message());
        if (result.isRejected()) {
            log.note(entry, EventType.REJECTED, result.code(), result.message());
        }
        Decision decision = policy.afterDigital(result, entry.attempts(), () -> AddressCheck.problem(entry.row().address()).isEmpty());
        switch (decision.kind()) {
            case DELIVERED:
                log.settle(entry.delivered(clock.instant()), EventType.DELIVERED, result.code(), result.message());
                break;
            case RETRY:
                Duration wait = decision.backoff().orElseThrow();
                log.change(entry.retryAt(clock.instant().plus(wait), entry.attempts()), EventType.RETRY_SCHEDULED, result.code(),
                        result.message() + " Next attempt in " + wait.toMillis() + " ms.");
                break;
            case TO_PAPER:
                paper.add(entry.settled(DeliveryState.CLAIMED, decision.reason()));
                break;
            default:
                log.settle(entry.settled(DeliveryState.FAILED, decision.reason()), EventType.FAILED, decision.reason().orElseThrow().name(),
                        "After " + entry.attempts() + " attempt(s): " + result.message());
        }
    }

    /**
     * A reminder whose recipient the directory no longer finds reachable is routed again as the plan routes
     * such a recipient: on paper for the directory's reason, or failed when the address will not do.
     */
    private void reroute(JournalEntry entry, Reachability now) {
        ReasonCode reason = Router.paperReason(now.status());
        log.note(entry, EventType.REJECTED, reason.name(), "The directory no longer finds the recipient reachable at "
                + entry.plan().mailbox().orElseThrow().operatorName() + " (" + now.status() + "); the reminder does not go there.");
        Optional<AddressCheck.Problem> unprintable = AddressCheck.check(entry.row().address());
        if (unprintable.isEmpty()) {
            paper.add(entry.settled(DeliveryState.CLAIMED, Optional.of(reason)));
        } else {
            ReasonCode why = unprintable.get().reason();
            log.settle(entry.settled(DeliveryState.FAILED, Optional.of(why)), EventType.FAILED, why.name(), unprintable.get().message());
        }
    }

    /**
     * The dispatch is paused or cancelled: the letters not yet started go back unsent (paused), or
     * are cancelled (cancelled: the journal's cancel left them to us, since we held them).
     */
    private void release(List<JournalEntry> unstarted) {
        boolean cancelled = journal.dispatch(dispatch.id()).map(current -> current.state() == DispatchState.CANCELLED).orElse(true);
        for (JournalEntry entry : unstarted) {
            if (cancelled) {
                log.settle(entry.settled(DeliveryState.CANCELLED, entry.reason()), EventType.CANCELLED, "", "The dispatch was cancelled.");
            } else {
                log.change(entry.retryAt(entry.dueAt(), entry.attempts()), EventType.RELEASED, "",
                        "Given back unsent: the dispatch is no longer sending.");
            }
        }
    }

    private boolean isStillSending() {
        Instant now = clock.instant();
        if (Duration.between(lastStateCheck, now).compareTo(STATE_CHECK_INTERVAL) >= 0) {
            lastStateCheck = now;
            lastSeenSending = journal.dispatch(dispatch.id()).map(current -> current.state().isSending()).orElse(false);
        }
        return lastSeenSending;
    }

    /**
     * Whether every letter has settled and the plan is complete; the first runner to see it completes the dispatch and plans
     * its reminders (the journal will not complete a dispatch whose plan is incomplete).
     */
    private boolean isSettled() {
        log.flush();
        if (!journal.status(dispatch.id()).isComplete()) {
            return false;
        }
        if (journal.updateState(dispatch.id(), DispatchState.COMPLETED, clock.instant())) {
            Reminders.plan(journal, dispatch, clock.instant());
        }
        return true;
    }

    /**
     * Whether the plan is incomplete and no planner here is writing it: nothing more will come to send, and the dispatch
     * cannot complete until its plan is continued. The planner is asked first: once it says it stopped, its last part is
     * in the journal, so a plan it completed meanwhile reads as complete.
     */
    private boolean isPlanLeftIncomplete() {
        if (planBeingWritten.getAsBoolean()) {
            return false;
        }
        boolean incomplete = !journal.status(dispatch.id()).planComplete();
        if (incomplete) {
            LOG.warn("Dispatch {}: every letter planned so far has settled, but its plan is incomplete (cut short); it completes once"
                    + " the plan is continued from the same source.", dispatch.id());
        }
        return incomplete;
    }

    private void awaitAnswers() {
        try {
            digital.awaitAnswers(log::flushIfDue);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(clock.instant(), when).toMillis();
        Thread.sleep(Math.max(settings.idlePoll().toMillis(), Math.min(millis, settings.heartbeatInterval().toMillis())));
    }

    /**
     * What a drain takes from its runner.
     *
     * @param journalWriter one thread, where the answers the runner gathers are written (see {@link JournalWrites})
     * @param directory     asked again about a reminder's digital letters before they go ({@link FreshLookup}), when there is one
     */
    record RunnerParts(JournalStore journal, MailboxOperator operator, PaperChannel paperChannel, RunSettings settings, Clock clock,
            DispatchListener listener, String owner, Executor journalWriter, Optional<Router> directory) {
    }
}
