package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.ReceivedLettersFile;

/**
 * What a sending command works with: the journal, the providers and a dispatcher on them, opened
 * together and closed in the reverse order (the dispatcher answers its letters in flight before the
 * operator and the journal close).
 *
 * <p>Without {@code --config}: the fake mailbox operator, which records what it receives in the
 * received-letters file and keeps no letter bodies (so a million letters do not fill the heap), and
 * the print-batch paper channel on {@code --out}. With it: whatever the configuration names.
 */
final class Session implements AutoCloseable {

    /** How far ahead a simulated process is shown: past the two weeks' tail of late openers. */
    private static final Duration SIMULATED_AHEAD = Duration.ofDays(30);

    private final Journal journal;
    private final Optional<FakeMailboxOperator> fakeOperator;
    private final Dispatcher dispatcher;
    private final Optional<Path> batchDirectory;

    private Session(Journal journal, Optional<FakeMailboxOperator> fakeOperator, Dispatcher dispatcher, Optional<Path> batchDirectory) {
        this.journal = journal;
        this.fakeOperator = fakeOperator;
        this.dispatcher = dispatcher;
        this.batchDirectory = batchDirectory;
    }

    static Builder builder(JournalOption journal, ConfigOption config, PaperOutOption out, RunSettings settings) {
        return new Builder(journal, config, out, settings);
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    Journal journal() {
        return journal;
    }

    /** Where the print batches go, when paper goes to the print-batch channel. */
    Optional<Path> batchDirectory() {
        return batchDirectory;
    }

    @Override
    public void close() {
        try {
            dispatcher.close();
        } finally {
            try {
                fakeOperator.ifPresent(FakeMailboxOperator::close);
            } finally {
                journal.close();
            }
        }
    }

    /** Opens a {@link Session}; the parts not set have the defaults of the program. */
    static final class Builder {
        private final JournalOption journalOption;
        private final ConfigOption configOption;
        private final PaperOutOption out;
        private final RunSettings settings;
        private final List<DispatchListener> listeners = new ArrayList<>();
        private RecipientDirectory directory;
        private ReceivedLettersFile received;
        private Duration latency = Duration.ZERO;
        private Predicate<Letter> refused = letter -> false;
        private DeliveryResult refusal;
        private Long processSeed;
        private UnaryOperator<ProviderConfig> configured = UnaryOperator.identity();

        private Builder(JournalOption journal, ConfigOption config, PaperOutOption out, RunSettings settings) {
            this.journalOption = journal;
            this.configOption = config;
            this.out = out;
            this.settings = settings;
        }

        /** A directory given in code, used whatever the configuration says (the demo's sample brings its own). */
        Builder directory(RecipientDirectory value) {
            this.directory = value;
            return this;
        }

        /** The fake operator's file of received letters and its delay per letter. */
        Builder fakeOperator(ReceivedLettersFile file, Duration delay) {
            this.received = file;
            this.latency = delay;
            return this;
        }

        /** The fake operator refuses the letters that match. */
        Builder refuse(Predicate<Letter> which, DeliveryResult answer) {
            this.refused = which;
            this.refusal = answer;
            return this;
        }

        /**
         * The fake operator makes up realistic process events from this seed (opened by about 80 %, …), and shows
         * a month of them at once: a demo cannot wait for recipients to open their letters.
         */
        Builder simulatedProcess(long seed) {
            this.processSeed = seed;
            return this;
        }

        /** Changes the configuration read from {@code --config}, e.g. with a flag that wins over the file. */
        Builder configured(UnaryOperator<ProviderConfig> value) {
            this.configured = value;
            return this;
        }

        Builder listener(DispatchListener value) {
            listeners.add(value);
            return this;
        }

        /**
         * @throws InputException when the journal cannot be opened or the configuration names a provider
         *                        that is not there or configures one wrongly
         */
        Session open() {
            Optional<ProviderConfig> config = configOption.load().map(out::completed).map(configured);
            Journal journal = journalOption.open();
            Optional<FakeMailboxOperator> operator = Optional.empty();
            try {
                Dispatcher.Builder builder = Dispatcher.builder().journal(journal).runSettings(settings);
                listeners.forEach(builder::listener);
                if (directory != null) {
                    builder.recipientDirectory(directory);
                }
                if (config.isPresent()) {
                    builder.config(config.get());
                } else {
                    operator = Optional.of(fakeOperator());
                    builder.mailboxOperator(operator.get()).paperChannel(out.channel());
                    if (directory == null) {
                        builder.recipientDirectory(new NoDirectory());
                    }
                }
                return new Session(journal, operator, configOption.build(builder), out.batchDirectory(config));
            } catch (RuntimeException e) {
                operator.ifPresent(FakeMailboxOperator::close);
                journal.close();
                throw e;
            }
        }

        private FakeMailboxOperator fakeOperator() {
            FakeMailboxOperator operator = new FakeMailboxOperator().forgetLetters().latency(latency);
            if (received != null) {
                createFolderOf(received.file());
                operator.keepReceivedIn(received);
            }
            if (refusal != null) {
                operator.failFor(refused, refusal);
            }
            if (processSeed != null) {
                operator.simulateProcess(processSeed).revealAhead(SIMULATED_AHEAD);
            }
            return operator;
        }

        private static void createFolderOf(Path file) {
            Path folder = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new InputException("--received: the folder " + folder + " cannot be created: " + FileProblem.of(e) + ".", e);
            }
        }
    }
}
