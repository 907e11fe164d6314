package se.scb.dispatch.run.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.spi.Faults;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;

/**
 * A dispatch's letters bound for paper (from the plan, and digital letters that failed), handed to
 * the paper channel in batches. A batch is written to the journal before it is handed over: after a
 * crash the same batch goes again, whole, under the same id, and the channel is idempotent on it. A
 * batch the channel does not take is handed over again after a backoff, then failed.
 *
 * <p>Letters may be added from any thread; {@link #submit()} runs on the runner's.
 */
final class PaperBatches {

    private static final Logger LOG = LoggerFactory.getLogger(PaperBatches.class);

    private final JournalStore journal;
    private final PaperChannel channel;
    private final DispatchRecord dispatch;
    private final int batchSize;
    private final AnswerPolicy policy;
    private final LetterLog log;
    private final LetterRendering rendering;
    private final Queue<JournalEntry> waiting = new ConcurrentLinkedQueue<>();

    PaperBatches(JournalStore journal, PaperChannel channel, DispatchRecord dispatch, int batchSize, AnswerPolicy policy, LetterLog log,
            LetterRendering rendering) {
        this.journal = journal;
        this.channel = channel;
        this.dispatch = dispatch;
        this.batchSize = batchSize;
        this.policy = policy;
        this.log = log;
        this.rendering = rendering;
    }

    /** A letter for paper: planned so, digital that failed, or one of a batch a runner wrote before it died. */
    void add(JournalEntry letter) {
        waiting.add(letter);
    }

    /** Whether a whole batch is waiting. */
    boolean hasFullBatch() {
        return waiting.size() >= batchSize;
    }

    /** Hands every waiting letter to the channel: the batches a crash left first, then new ones of at most the batch size. */
    void submit() {
        // The letters' earlier lines (a rejection before the fallback to paper) come first in the log.
        log.flush();
        Map<String, List<JournalEntry>> recovered = new LinkedHashMap<>();
        List<JournalEntry> fresh = new ArrayList<>();
        JournalEntry letter;
        while ((letter = waiting.poll()) != null) {
            Optional<String> batchId = letter.paperBatch();
            if (batchId.isPresent()) {
                recovered.computeIfAbsent(batchId.get(), id -> journal.paperBatch(dispatch.id(), id));
            } else {
                fresh.add(letter);
            }
        }
        recovered.forEach(this::handOver);
        if (dispatch.options().followUpOf().isPresent()) {
            fresh = withoutAnswered(fresh);
        }
        for (int from = 0; from < fresh.size(); from += batchSize) {
            batchAndHandOver(fresh.subList(from, Math.min(fresh.size(), from + batchSize)));
        }
    }

    private void batchAndHandOver(List<JournalEntry> letters) {
        String batchId = dispatch.id().substring(0, Math.min(8, dispatch.id().length())) + "-" + UUID.randomUUID();
        // Attempts start again at 0: from here they count hand-overs of the batch (a digital letter's SENT lines stay in the log).
        List<JournalEntry> batched = letters.stream().map(each -> each.inPaperBatch(batchId, each.reason()).withAttempts(0)).toList();
        // Written before the batch is handed over: after a crash the same batch goes again, whole, under the same id.
        log.changeNow(batched, each -> log.event(each, EventType.PAPER_BATCHED, batchId, "In print batch " + batchId + "."));
        handOver(batchId, batched);
    }

    /** A reminder on paper goes only to cases still unanswered now, when its batch is made. */
    private List<JournalEntry> withoutAnswered(List<JournalEntry> followUps) {
        return AnsweredCases.skip(journal, log, followUps);
    }

    private void handOver(String batchId, List<JournalEntry> batch) {
        List<PaperLetter> letters = new ArrayList<>();
        List<JournalEntry> printable = new ArrayList<>();
        for (JournalEntry each : batch) {
            if (each.state().isFinal()) {
                continue;
            }
            rendering.render(each).ifPresent(message -> {
                printable.add(each);
                letters.add(new PaperLetter(each.messageId(), each.row().address(), message, LetterRendering.caseId(each)));
            });
        }
        if (letters.isEmpty()) {
            return;
        }
        PaperReceipt receipt;
        try {
            receipt = channel.submit(new PaperBatch(batchId, letters));
        } catch (RuntimeException e) {
            // A channel may throw more than ProviderException (a bug, an unchecked I/O error): either way the batch was not taken.
            refused(batchId, printable, e);
            return;
        }
        LOG.info("Paper batch {} took {} letters of dispatch {}", receipt.batchId(), letters.size(), dispatch.id());
        log.settleNow(printable.stream().map(each -> each.settled(DeliveryState.HANDED_TO_PAPER, each.reason())).toList(),
                each -> log.event(each, EventType.HANDED_TO_PAPER, receipt.batchId(), "Taken by the paper channel in batch " + receipt.batchId() + "."));
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
        Decision decision = policy.afterPaperRefused(attempt);
        if (decision.kind() == Decision.Kind.RETRY) {
            long waitMillis = decision.backoff().orElseThrow().toMillis();
            Instant next = log.now().plusMillis(waitMillis);
            // Without the channel's message: that is logged once, when the batch is given up (and is in every retry's event).
            LOG.warn("The paper channel did not take batch {} ({} letters) of dispatch {} on attempt {} of {}; handed over again in {} ms.",
                    batchId, printable.size(), dispatch.id(), attempt, policy.maxAttempts(), waitMillis);
            log.changeNow(printable.stream().map(each -> each.retryAt(next, attempt)).toList(), each -> log.event(each, EventType.RETRY_SCHEDULED,
                    "PAPER_CHANNEL", "Attempt " + attempt + ": " + why + " Batch " + batchId + " is handed over again in " + waitMillis + " ms."));
            return;
        }
        ReasonCode reason = decision.reason().orElseThrow();
        LOG.error("The paper channel did not take batch {} ({} letters) of dispatch {} after {} attempt(s); its letters fail with {}: {}",
                batchId, printable.size(), dispatch.id(), attempt, reason, why);
        log.settleNow(printable.stream().map(each -> each.withAttempts(attempt).settled(DeliveryState.FAILED, Optional.of(reason))).toList(),
                each -> log.event(each, EventType.FAILED, reason.name(),
                        "After " + attempt + " attempt(s) the paper channel had not taken batch " + batchId + ": " + why));
    }
}
