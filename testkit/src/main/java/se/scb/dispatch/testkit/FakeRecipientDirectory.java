package se.scb.dispatch.testkit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.id.RecipientTable;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * A recipient directory that answers from a table set up in code or read from a file, and records
 * every lookup so tests can assert how the core batches. Ids not in the table have no mailbox.
 *
 * <p>It holds the core to the contract: a batch larger than {@link #maxBatchSize()}, or one naming an
 * id twice, is refused with {@link IllegalArgumentException}. Thread-safe.
 *
 * <p>Made for a million answers and lookups: the answers are kept compactly (see {@link DirectoryAnswers}),
 * and the recipients of lookups are recorded up to {@value #RECORDED_RECIPIENTS_LIMIT} in all, so that
 * a long validation or benchmark does not keep every id it was asked about.
 */
public final class FakeRecipientDirectory implements RecipientDirectory {

    /** The batch size FaR takes, used unless the builder says otherwise. */
    public static final int DEFAULT_MAX_BATCH_SIZE = 1000;

    /** How many recipients, over all lookups, {@link #calls()} keeps; enough for any test that looks at them. */
    public static final int RECORDED_RECIPIENTS_LIMIT = 100_000;

    private final int maxBatchSize;
    /** Guarded by itself. */
    private final DirectoryAnswers answers;
    /** Guarded by itself, as are {@link #batchSizes} and {@link #recordedRecipients}. */
    private final List<LookupCall> calls = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private int recordedRecipients;
    private final AtomicInteger lookupsToFail = new AtomicInteger();

    private FakeRecipientDirectory(Builder builder) {
        this.maxBatchSize = builder.maxBatchSize;
        // A copy, so that the builder may go on; a copy is two arrays cloned, quick even for a million answers.
        this.answers = builder.answers.copy();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A directory answering from a file {@code recipient_id;status;operator} (header required), e.g.
     * {@code 191212121212;REACHABLE;kivra}. The operator is needed for REACHABLE only.
     *
     * @throws IllegalArgumentException naming each bad line by number, ids masked
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static FakeRecipientDirectory fromCsv(Path file) {
        return builder().csv(file).build();
    }

    @Override
    public int maxBatchSize() {
        return maxBatchSize;
    }

    @Override
    public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
        Objects.requireNonNull(sender, "sender");
        List<RecipientId> batch = List.copyOf(recipients);
        requireWithinContract(batch);
        if (takeInjectedFailure()) {
            throw new ProviderException("The fake directory failed this lookup on purpose (failNextLookups).");
        }
        record(sender, batch);
        List<Reachability> answered = new ArrayList<>(batch.size());
        synchronized (answers) {
            for (RecipientId id : batch) {
                answered.add(answers.get(id).orElseGet(() -> Reachability.unreachable(id, Status.NO_MAILBOX)));
            }
        }
        return answered;
    }

    private void record(OrganisationNumber sender, List<RecipientId> batch) {
        synchronized (calls) {
            batchSizes.add(batch.size());
            if (recordedRecipients + batch.size() <= RECORDED_RECIPIENTS_LIMIT) {
                calls.add(new LookupCall(sender, batch));
                recordedRecipients += batch.size();
            }
        }
    }

    private void requireWithinContract(List<RecipientId> batch) {
        if (batch.size() > maxBatchSize) {
            throw new IllegalArgumentException("A lookup carries at most " + maxBatchSize + " ids; this one carried " + batch.size()
                    + ". Split the recipients into batches of maxBatchSize().");
        }
        RecipientTable seen = new RecipientTable();
        for (RecipientId id : batch) {
            if (seen.putIfAbsent(id, 0) != RecipientTable.ABSENT) {
                throw new IllegalArgumentException("A lookup carries distinct ids; this one names " + id.masked() + " more than once.");
            }
        }
    }

    private boolean takeInjectedFailure() {
        return lookupsToFail.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    /** From now on, answers {@code answer.recipient()} with {@code answer}. */
    public FakeRecipientDirectory arrange(Reachability answer) {
        synchronized (answers) {
            answers.put(answer);
        }
        return this;
    }

    /** The next {@code count} lookups throw {@link ProviderException}, as when the directory cannot be reached. */
    public FakeRecipientDirectory failNextLookups(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of lookups to fail must be 0 or more, was " + count);
        }
        lookupsToFail.addAndGet(count);
        return this;
    }

    /**
     * The lookups answered so far, in the order they were made: every one until they have carried
     * {@value #RECORDED_RECIPIENTS_LIMIT} recipients in all, then none that would go beyond.
     */
    public List<LookupCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** How many lookups were answered. */
    public int lookupCount() {
        return batchSizes().size();
    }

    /** The size of each answered lookup, in the order they were made; every lookup is counted. */
    public List<Integer> batchSizes() {
        synchronized (calls) {
            return List.copyOf(batchSizes);
        }
    }

    /** One answered lookup. */
    public record LookupCall(OrganisationNumber sender, List<RecipientId> recipients) {
        public LookupCall {
            Objects.requireNonNull(sender, "sender");
            recipients = List.copyOf(recipients);
        }
    }

    /** Sets up the answers; a later answer for the same id replaces an earlier one. */
    public static final class Builder {

        private final DirectoryAnswers answers = new DirectoryAnswers();
        private int maxBatchSize = DEFAULT_MAX_BATCH_SIZE;

        private Builder() {
        }

        /** The recipient has a mailbox at the operator, e.g. {@code "kivra"} (see {@link FakeMailboxes}). */
        public Builder reachable(RecipientId id, String operatorId) {
            return answer(Reachability.reachable(id, FakeMailboxes.at(operatorId)));
        }

        public Builder noMailbox(RecipientId id) {
            return answer(Reachability.unreachable(id, Status.NO_MAILBOX));
        }

        public Builder senderBlocked(RecipientId id) {
            return answer(Reachability.unreachable(id, Status.SENDER_BLOCKED));
        }

        /** The recipient's mailbox at the operator does not accept the sender, since the time given. */
        public Builder senderBlocked(RecipientId id, String operatorId, Instant since) {
            return answer(Reachability.blocked(id, FakeMailboxes.at(operatorId), Optional.of(since)));
        }

        public Builder pending(RecipientId id) {
            return answer(Reachability.unreachable(id, Status.PENDING));
        }

        public Builder answer(Reachability answer) {
            answers.put(answer);
            return this;
        }

        /** Adds the answers in a file, or none when it has a bad line; see {@link FakeRecipientDirectory#fromCsv(Path)}. */
        public Builder csv(Path file) {
            ReachabilityCsv.read(file, answers);
            return this;
        }

        public Builder maxBatchSize(int maxBatchSize) {
            if (maxBatchSize < 1) {
                throw new IllegalArgumentException("maxBatchSize must be at least 1, was " + maxBatchSize);
            }
            this.maxBatchSize = maxBatchSize;
            return this;
        }

        public FakeRecipientDirectory build() {
            return new FakeRecipientDirectory(this);
        }
    }
}
