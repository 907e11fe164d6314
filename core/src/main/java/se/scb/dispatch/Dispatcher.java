package se.scb.dispatch;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.InMemoryJournal;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.plan.PlanEntry;
import se.scb.dispatch.plan.Planner;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewOptions;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.preview.Previewer;
import se.scb.dispatch.routing.Router;
import se.scb.dispatch.run.DeliveryRunner;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.run.SendProgress;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderDiscovery;
import se.scb.dispatch.spi.ProviderRole;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.validation.RecipientOutcome;
import se.scb.dispatch.validation.ValidationReport;

/**
 * The Dispatch API: preview a population against a template, validate who will get digital mail,
 * who paper and who nothing, and send. Preview, validation and sending are one pipeline stopped at
 * different points, so sending never fails a row that validation passed on grounds it could have seen.
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.builder().build();          // providers found on the class path
 * ValidationReport report = dispatcher.validate(population, template, DispatchOptions.named("Invitation"));
 * SendReport sent = dispatcher.send(population, template, DispatchOptions.named("Invitation"));
 * }</pre>
 *
 * <p>Thread-safe: one dispatcher can serve several dispatches at once.
 */
public final class Dispatcher {

    /** Plan entries written to the journal at a time. */
    private static final int PLAN_WRITE_BATCH = 1_000;

    private final RecipientDirectory directory;
    private final MailboxOperator operator;
    private final PaperChannel paperChannel;
    private final Journal journal;
    private final Clock clock;
    private final RunSettings runSettings;
    private final DispatchListener listener;

    private Dispatcher(Builder builder) {
        ProviderDiscovery discovery = ProviderDiscovery.onClassPath();
        this.directory = discovery.resolve(ProviderRole.RECIPIENT_DIRECTORY, Optional.ofNullable(builder.directory), builder.config);
        this.operator = discovery.resolve(ProviderRole.MAILBOX_OPERATOR, Optional.ofNullable(builder.operator), builder.config);
        this.paperChannel = discovery.resolve(ProviderRole.PAPER_CHANNEL, Optional.ofNullable(builder.paperChannel), builder.config);
        this.clock = builder.clock;
        this.journal = builder.journal != null ? builder.journal : new InMemoryJournal(clock);
        this.runSettings = builder.runSettings;
        this.listener = new Listeners(List.copyOf(builder.listeners));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Describes the population against the template: variables, values, what is missing, rendered samples. */
    public PreviewReport preview(PopulationSource population, MessageTemplate template, PreviewOptions options) {
        return new Previewer(clock).preview(population, template, options);
    }

    public PreviewReport preview(PopulationSource population, MessageTemplate template) {
        return preview(population, template, PreviewOptions.defaults());
    }

    /**
     * Decides every row's outcome, as sending would, without sending anything or writing to the journal.
     * Each row's outcome goes to the listeners, in row order.
     */
    public ValidationReport validate(PopulationSource population, MessageTemplate template, DispatchOptions options) {
        return validate(population, template, options, outcome -> {
        });
    }

    /** As {@link #validate(PopulationSource, MessageTemplate, DispatchOptions)}, also handing each outcome to {@code each}. */
    public ValidationReport validate(PopulationSource population, MessageTemplate template, DispatchOptions options,
            Consumer<RecipientOutcome> each) {
        Objects.requireNonNull(each, "each");
        return planner().plan(population, template, options.paperOnly(), entry -> {
            listener.planned(entry.outcome());
            each.accept(entry.outcome());
        });
    }

    /** Plans the dispatch into the journal and sends every letter; returns when all have settled. */
    public SendReport send(PopulationSource population, MessageTemplate template, DispatchOptions options) {
        String dispatchId = UUID.randomUUID().toString();
        journal.createDispatch(new DispatchRecord(dispatchId, options.name(), template.sender().organisationNumber().canonical(),
                template.subject(), options.paperOnly(), clock.instant(), options.createdBy()));
        List<JournalEntry> pending = new ArrayList<>(PLAN_WRITE_BATCH);
        ValidationReport plan = planner().plan(population, template, options.paperOnly(), (PlanEntry entry) -> {
            listener.planned(entry.outcome());
            pending.add(JournalEntry.planned(dispatchId, entry));
            if (pending.size() >= PLAN_WRITE_BATCH) {
                journal.addToPlan(pending);
                pending.clear();
            }
        });
        journal.addToPlan(pending);
        DispatchStatus status = new DeliveryRunner(journal, operator, paperChannel, runSettings, clock, listener)
                .run(dispatchId, template, options.paperOnDigitalFailure());
        return new SendReport(dispatchId, plan, status);
    }

    /** The journal this dispatcher writes to. */
    public Journal journal() {
        return journal;
    }

    private Planner planner() {
        return new Planner(new Router(directory), operator.capabilities(), clock);
    }

    /** Builds a {@link Dispatcher}. Providers not given here are found by {@link ProviderDiscovery}. */
    public static final class Builder {
        private RecipientDirectory directory;
        private MailboxOperator operator;
        private PaperChannel paperChannel;
        private Journal journal;
        private Clock clock = Clock.systemUTC();
        private RunSettings runSettings = RunSettings.defaults();
        private ProviderConfig config = ProviderConfig.empty();
        private final List<DispatchListener> listeners = new ArrayList<>();

        private Builder() {
        }

        public Builder recipientDirectory(RecipientDirectory value) {
            this.directory = Objects.requireNonNull(value, "recipientDirectory");
            return this;
        }

        public Builder mailboxOperator(MailboxOperator value) {
            this.operator = Objects.requireNonNull(value, "mailboxOperator");
            return this;
        }

        public Builder paperChannel(PaperChannel value) {
            this.paperChannel = Objects.requireNonNull(value, "paperChannel");
            return this;
        }

        /** Where dispatches are kept; an in-memory journal when not given. */
        public Builder journal(Journal value) {
            this.journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        /** The clock for "today" (identity-number centuries) and for journal times. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder runSettings(RunSettings value) {
            this.runSettings = Objects.requireNonNull(value, "runSettings");
            return this;
        }

        /** Configuration for provider discovery and for the providers themselves (e.g. from a properties file). */
        public Builder config(ProviderConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        public Builder listener(DispatchListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * @throws se.scb.dispatch.spi.ProviderException when a provider cannot be found or chosen
         */
        public Dispatcher build() {
            return new Dispatcher(this);
        }
    }

    /** Hands every event to each listener in turn. */
    private static final class Listeners implements DispatchListener {
        private final List<DispatchListener> all;

        Listeners(List<DispatchListener> all) {
            this.all = all;
        }

        @Override
        public void planned(RecipientOutcome outcome) {
            all.forEach(each -> each.planned(outcome));
        }

        @Override
        public void progressed(SendProgress progress) {
            all.forEach(each -> each.progressed(progress));
        }
    }
}
